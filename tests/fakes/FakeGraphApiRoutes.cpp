// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// FakeGraphApiServer's routes: what each Graph API endpoint answers. Called with m_mutex held.
#include "FakeGraphApiServer.h"

#include "FakeMetaErrors.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray metaError(int code, const QString& message)
{
    return FakeMetaErrors::body(code, message);
}

struct FormPart
{
    QByteArray name;
    QByteArray fileName;
    QByteArray contentType;
    QByteArray data;
};

QByteArray dispositionParameter(const QByteArray& disposition, const QByteArray& key)
{
    const QRegularExpression pattern(
        QStringLiteral("(?:^|;)\\s*%1=\"([^\"]*)\"").arg(QString::fromLatin1(key)));
    return pattern.match(QString::fromUtf8(disposition)).captured(1).toUtf8();
}

//! A plain multipart/form-data parser: enough for what QHttpMultiPart and curl send.
QList<FormPart> parseMultipart(const QByteArray& contentType, const QByteArray& body)
{
    const QRegularExpression boundaryPattern(QStringLiteral("boundary=\"?([^\";]+)\"?"));
    const QByteArray boundary
        = "--" + boundaryPattern.match(QString::fromLatin1(contentType)).captured(1).toLatin1();
    QList<FormPart> parts;
    if (boundary.size() <= 2)
        return parts;
    qsizetype position = body.indexOf(boundary);
    while (position >= 0) {
        const qsizetype start = position + boundary.size();
        if (body.mid(start, 2) == "--")
            break;
        const qsizetype next = body.indexOf(boundary, start);
        if (next < 0)
            break;
        QByteArray chunk = body.mid(start + 2, next - start - 2); // skip the CRLF after the boundary
        if (chunk.endsWith("\r\n"))
            chunk.chop(2);
        const qsizetype headerEnd = chunk.indexOf("\r\n\r\n");
        if (headerEnd >= 0) {
            FormPart part;
            for (const QByteArray& line : chunk.left(headerEnd).split('\n')) {
                const QByteArray header = line.trimmed();
                const qsizetype colon = header.indexOf(':');
                const QByteArray name = header.left(colon).trimmed().toLower();
                const QByteArray value = header.mid(colon + 1).trimmed();
                if (name == "content-disposition") {
                    part.name = dispositionParameter(value, "name");
                    part.fileName = dispositionParameter(value, "filename");
                } else if (name == "content-type") {
                    part.contentType = value;
                }
            }
            part.data = chunk.mid(headerEnd + 4);
            parts << part;
        }
        position = next;
    }
    return parts;
}

} // namespace

FakeGraphApiServer::Reply FakeGraphApiServer::phoneNumber(const Request& request) const
{
    // Meta answers only the fields asked for (plus id), and a default set without ?fields=.
    QStringList fields = request.query.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded)
                             .split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (fields.isEmpty())
        fields = {QStringLiteral("display_phone_number"), QStringLiteral("verified_name"),
                  QStringLiteral("quality_rating")};
    fields << QStringLiteral("id");
    QJsonObject answer;
    for (const QString& field : std::as_const(fields)) {
        if (m_phoneNumber.contains(field.trimmed()))
            answer.insert(field.trimmed(), m_phoneNumber.value(field.trimmed()));
    }
    return {200, compact(answer)};
}

FakeGraphApiServer::Reply FakeGraphApiServer::sendMessage(const Request& request)
{
    if (!request.headers.value("content-type").startsWith("application/json"))
        return {400,
                metaError(100,
                          QStringLiteral("(#100) The request body must be JSON (Content-Type: "
                                         "application/json)."))};
    QJsonParseError parseError;
    const QJsonObject body = QJsonDocument::fromJson(request.body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return {400, metaError(100, QStringLiteral("(#100) Invalid JSON for postbody"))};
    if (body.value(QLatin1String("messaging_product")).toString() != QLatin1String("whatsapp"))
        return {400, metaError(100, QStringLiteral("(#100) The parameter messaging_product is required."))};
    if (body.value(QLatin1String("status")).toString() == QLatin1String("read")) {
        if (!body.value(QLatin1String("message_id")).toString().startsWith(QLatin1String("wamid.")))
            return {400, metaError(131009, {})};
        return {200, compact({{QStringLiteral("success"), true}})};
    }
    const QString to = body.value(QLatin1String("to")).toString();
    if (to.isEmpty())
        return {400, metaError(100, QStringLiteral("(#100) The parameter to is required."))};
    const QString type = body.value(QLatin1String("type")).toString(QStringLiteral("text"));
    if (!body.value(type).isObject())
        return {400, metaError(131008, {})};
    QString waId = to;
    waId.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    QJsonObject message{
        {QStringLiteral("id"), QStringLiteral("wamid.FAKE%1").arg(++m_nextMessage, 8, 10, QLatin1Char('0'))}};
    if (type == QLatin1String("template"))
        message.insert(QStringLiteral("message_status"), QStringLiteral("accepted"));
    return {
        200,
        compact({{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                 {QStringLiteral("contacts"),
                  QJsonArray{QJsonObject{{QStringLiteral("input"), to}, {QStringLiteral("wa_id"), waId}}}},
                 {QStringLiteral("messages"), QJsonArray{message}}})};
}

FakeGraphApiServer::Reply FakeGraphApiServer::uploadMedia(const Request& request)
{
    const QByteArray contentType = request.headers.value("content-type");
    if (!contentType.startsWith("multipart/form-data"))
        return {400, metaError(100, QStringLiteral("(#100) Media upload must be multipart/form-data."))};
    Upload upload;
    bool hasFile = false;
    for (const FormPart& part : parseMultipart(contentType, request.body)) {
        if (part.name == "messaging_product") {
            upload.messagingProduct = QString::fromUtf8(part.data);
        } else if (part.name == "type") {
            upload.typeField = QString::fromUtf8(part.data);
        } else if (part.name == "file") {
            hasFile = true;
            upload.fileName = QString::fromUtf8(part.fileName);
            upload.fileContentType = QString::fromUtf8(part.contentType);
            upload.data = part.data;
        }
    }
    if (upload.messagingProduct != QLatin1String("whatsapp"))
        return {400, metaError(100, QStringLiteral("(#100) The parameter messaging_product is required."))};
    if (!hasFile || upload.data.isEmpty())
        return {400, metaError(100, QStringLiteral("(#100) The parameter file is required."))};
    if (upload.typeField.isEmpty())
        return {400, metaError(100, QStringLiteral("(#100) Param type is required."))};
    upload.mediaId = QString::number(1730000000000000 + ++m_nextMediaId);
    m_media.insert(upload.mediaId, Media{upload.data, upload.typeField, {}, 0});
    m_uploads << upload;
    return {200, compact({{QStringLiteral("id"), upload.mediaId}})};
}

FakeGraphApiServer::Reply FakeGraphApiServer::mediaInfo(const Request& request, const QString& mediaId)
{
    const QString owner = request.query.queryItemValue(QStringLiteral("phone_number_id"));
    if (!owner.isEmpty() && owner != phoneNumberId())
        return {400, metaError(100, QStringLiteral("(#100) Media does not belong to this phone number."))};
    Media& media = m_media[mediaId];
    // Every lookup hands out a new URL; older ones then answer 404, as expired ones do.
    ++media.urlVersion;
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/whatsapp_business/attachments/"));
    url.setQuery(QStringLiteral("mid=%1&v=%2").arg(mediaId).arg(media.urlVersion));
    const QString sha256 = media.sha256Override.isEmpty()
        ? QString::fromLatin1(QCryptographicHash::hash(media.data, QCryptographicHash::Sha256).toBase64())
        : media.sha256Override;
    return {200,
            compact({{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                     {QStringLiteral("url"), url.toString()},
                     {QStringLiteral("mime_type"), media.mimeType},
                     {QStringLiteral("sha256"), sha256},
                     {QStringLiteral("file_size"), QString::number(media.data.size())},
                     {QStringLiteral("id"), mediaId}})};
}

FakeGraphApiServer::Reply FakeGraphApiServer::mediaDownload(const Request& request)
{
    const QString mediaId = request.query.queryItemValue(QStringLiteral("mid"));
    const int version = request.query.queryItemValue(QStringLiteral("v")).toInt();
    if (!m_media.contains(mediaId) || m_media.value(mediaId).urlVersion != version
        || m_failMediaDownloads > 0) {
        if (m_failMediaDownloads > 0)
            --m_failMediaDownloads;
        return {404, "Not Found", "text/plain"};
    }
    const Media& media = m_media.value(mediaId);
    return {200, media.data, media.mimeType.toUtf8(), false, m_mediaChunkSize};
}

FakeGraphApiServer::Reply FakeGraphApiServer::templates(const Request& request) const
{
    const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt();
    int pageSize = limit > 0 ? limit : 25;
    if (m_templatePageSize > 0)
        pageSize = std::min(pageSize, m_templatePageSize);
    const QString after = request.query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded);
    const int start = after.isEmpty() ? 0 : QByteArray::fromBase64(after.toLatin1()).toInt();
    const int end = std::min(int(m_templates.size()), start + pageSize);
    QJsonArray page;
    for (int i = start; i < end; ++i)
        page << m_templates.at(i);
    auto cursor = [](int index) { return QString::fromLatin1(QByteArray::number(index).toBase64()); };
    QJsonObject paging{
        {QStringLiteral("cursors"),
         QJsonObject{{QStringLiteral("before"), cursor(start)}, {QStringLiteral("after"), cursor(end)}}}};
    if (end < m_templates.size()) {
        QUrl next = baseUrl();
        next.setPath(request.path);
        QUrlQuery query = request.query;
        query.removeAllQueryItems(QStringLiteral("after"));
        query.addQueryItem(QStringLiteral("after"), cursor(end));
        next.setQuery(query);
        paging.insert(QStringLiteral("next"), next.toString());
    }
    return {200, compact({{QStringLiteral("data"), page}, {QStringLiteral("paging"), paging}})};
}

FakeGraphApiServer::Reply FakeGraphApiServer::debugToken(const Request& request) const
{
    if (request.query.queryItemValue(QStringLiteral("input_token")).isEmpty())
        return {400, metaError(100, QStringLiteral("(#100) The parameter input_token is required"))};
    return {200, compact({{QStringLiteral("data"), m_debugTokenData}})};
}
