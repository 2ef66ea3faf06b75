// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Stand-in for libFuzzer's main() where there is no libFuzzer (GCC, or CHANNELDESK_FUZZ off):
// replays every corpus file, then feeds a fixed-seed series of mutated inputs (byte flips,
// truncations, splices, inserted JSON tokens, and grafts on the parsed JSON tree) to the same
// LLVMFuzzerTestOneInput. Not coverage-guided, but every build gets a short, reproducible
// robustness run. Usage: FuzzDriver [-runs=N] CORPUS_DIR_OR_FILE...

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <random>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

constexpr int kDefaultRuns = 20000;
constexpr std::uint32_t kSeed = 20260101;
constexpr qsizetype kMaxInputSize = 256 * 1024;

// Pieces of webhook JSON, space-separated. Inserting them keeps many byte-level mutants close to
// JSON, so more of them reach the parser's own code instead of stopping in the tokenizer.
constexpr char kTokens[]
    = R"({ } [ ] , : " null true false 0 -1 1e308 1.5 "" "\u0000" "\ud83d" "\ud83d\ude00" )"
      R"("id" "type" "entry" "changes" "field" "value" "messages" "statuses" "errors" )"
      R"("contacts" "metadata" "context" "referral" "timestamp" "1767225605" )"
      R"("99999999999999999999" "reaction" "interactive" "location" {"id":"wamid.x","status":"read"})";
// Values of every type, grafted into parsed corpus documents next to the corpus's own values.
constexpr char kGraftValues[] = R"([null, true, 0, -1, 1e300, 1.5, "", "x", "1767225605", {}, []])";

// What the mutations draw from.
struct Material
{
    QList<QByteArray> corpus;
    QList<QByteArray> tokens;
    QList<QJsonValue> grafts;
};

QList<QByteArray> loadCorpus(const QStringList& paths)
{
    QList<QByteArray> corpus;
    for (const QString& path : paths) {
        QStringList files;
        if (QFileInfo(path).isDir()) {
            const QDir dir(path);
            for (const QString& name : dir.entryList(QDir::Files, QDir::Name))
                files << dir.filePath(name);
        } else {
            files << path;
        }
        for (const QString& name : files) {
            QFile file(name);
            if (file.open(QIODevice::ReadOnly))
                corpus << file.readAll();
        }
    }
    return corpus;
}

// std::mt19937's sequence is fixed by the standard (unlike the distributions), so runs are
// identical on every platform.
std::size_t below(std::mt19937& rng, std::size_t bound)
{
    return bound == 0 ? 0 : rng() % bound;
}

// Every value of every corpus document, plus kGraftValues.
QList<QJsonValue> collectGrafts(const QList<QByteArray>& corpus)
{
    QList<QJsonValue> pending;
    for (const QJsonValue& value : QJsonDocument::fromJson(kGraftValues).array())
        pending << value;
    for (const QByteArray& input : corpus)
        pending << QJsonDocument::fromJson(input).object();
    QList<QJsonValue> grafts;
    while (!pending.isEmpty()) {
        const QJsonValue value = pending.takeLast();
        grafts << value;
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                pending << it.value();
        } else if (value.isArray()) {
            for (const QJsonValue& element : value.toArray())
                pending << element;
        }
    }
    return grafts;
}

template <typename T> const T& pick(const QList<T>& list, std::mt19937& rng)
{
    return list.at(qsizetype(below(rng, std::size_t(list.size()))));
}

// Walks down a random path and replaces, removes or duplicates what it finds there. The result
// is still valid JSON, so it gets past the tokenizer into the parser's own shape checks.
QJsonValue mutateTree(const QJsonValue& node, const QList<QJsonValue>& grafts, std::mt19937& rng)
{
    const bool descend = below(rng, 4) != 0;
    if (descend && node.isObject() && !node.toObject().isEmpty()) {
        QJsonObject object = node.toObject();
        const QString key = object.keys().at(qsizetype(below(rng, std::size_t(object.size()))));
        if (below(rng, 8) == 0)
            object.remove(key);
        else
            object.insert(key, mutateTree(object.value(key), grafts, rng));
        return object;
    }
    if (descend && node.isArray() && !node.toArray().isEmpty()) {
        QJsonArray array = node.toArray();
        const qsizetype index = qsizetype(below(rng, std::size_t(array.size())));
        if (below(rng, 8) == 0)
            array.append(array.at(index));
        else
            array.replace(index, mutateTree(array.at(index), grafts, rng));
        return array;
    }
    return pick(grafts, rng);
}

QByteArray mutateStructure(const Material& material, std::mt19937& rng)
{
    QJsonValue root = QJsonDocument::fromJson(pick(material.corpus, rng)).object();
    const std::size_t rounds = 1 + below(rng, 3);
    for (std::size_t round = 0; round < rounds; ++round)
        root = mutateTree(root, material.grafts, rng);
    const QJsonDocument mutated
        = root.isArray() ? QJsonDocument(root.toArray()) : QJsonDocument(root.toObject());
    return mutated.toJson(below(rng, 2) == 0 ? QJsonDocument::Compact : QJsonDocument::Indented);
}

QByteArray mutateBytes(const Material& material, std::mt19937& rng)
{
    QByteArray input = pick(material.corpus, rng);
    const std::size_t rounds = 1 + below(rng, 4);
    for (std::size_t round = 0; round < rounds; ++round) {
        const qsizetype size = input.size();
        switch (below(rng, 5)) {
        case 0: // flip one bit
            if (size > 0)
                input[qsizetype(below(rng, std::size_t(size)))] ^= char(1 << below(rng, 8));
            break;
        case 1: // overwrite a byte with anything, NUL and invalid UTF-8 included
            if (size > 0)
                input[qsizetype(below(rng, std::size_t(size)))] = char(below(rng, 256));
            break;
        case 2: // truncate
            input.truncate(qsizetype(below(rng, std::size_t(size) + 1)));
            break;
        case 3: { // splice: the head of this input and the tail of another
            const QByteArray& other = pick(material.corpus, rng);
            input = input.left(qsizetype(below(rng, std::size_t(size) + 1)))
                + other.mid(qsizetype(below(rng, std::size_t(other.size()) + 1)));
            break;
        }
        default: // insert a JSON token
            input.insert(qsizetype(below(rng, std::size_t(size) + 1)), pick(material.tokens, rng));
            break;
        }
    }
    input.truncate(kMaxInputSize);
    return input;
}

QByteArray mutate(const Material& material, std::mt19937& rng)
{
    return below(rng, 2) == 0 ? mutateStructure(material, rng) : mutateBytes(material, rng);
}

void runOne(const QByteArray& input)
{
    // An exact-size copy, so a sanitizer build catches any read past the end.
    const std::vector<uint8_t> bytes(input.cbegin(), input.cend());
    LLVMFuzzerTestOneInput(bytes.data(), bytes.size());
}

} // namespace

int main(int argc, char** argv)
{
    int runs = kDefaultRuns;
    QStringList paths;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument.startsWith(QLatin1String("-runs=")))
            runs = argument.mid(6).toInt();
        else if (!argument.startsWith(QLatin1Char('-'))) // other libFuzzer flags are ignored
            paths << argument;
    }
    Material material;
    material.corpus = loadCorpus(paths);
    if (material.corpus.isEmpty()) {
        std::fprintf(stderr, "usage: %s [-runs=N] CORPUS_DIR_OR_FILE...\n(no corpus input found)\n", argv[0]);
        return 2;
    }

    material.tokens = QByteArray(kTokens).split(' ');
    material.grafts = collectGrafts(material.corpus);

    runOne(QByteArray());
    for (const QByteArray& input : material.corpus)
        runOne(input);
    std::mt19937 rng(kSeed);
    for (int i = 0; i < runs; ++i)
        runOne(mutate(material, rng));
    std::printf("FuzzDriver: ran %lld inputs (%lld corpus files + %d mutations, seed %u), no crash\n",
                static_cast<long long>(material.corpus.size()) + runs + 1,
                static_cast<long long>(material.corpus.size()), runs, static_cast<unsigned>(kSeed));
    return 0;
}
