// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/RemoteUpload.h"

#include "remote/RemoteClient.h"
#include "util/WhenFinished.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QPromise>
#include <QtConcurrent>

#include <memory>

namespace ChannelDesk {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RemoteUpload", text);
}

//! The file as base64, or why it cannot go.
Result<QByteArray> readEncoded(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Failed, tr("Cannot read %1: %2").arg(path, file.errorString())};
    // Checked before reading, so a huge file is neither read nor sent.
    if (file.size() > RemoteUpload::MaxBytes)
        return Error{ErrorCode::InvalidInput,
                     tr("“%1” is %2 MiB; a file sent through the server may be at most %3 MiB. Send it "
                        "by link instead.")
                         .arg(QFileInfo(path).fileName())
                         .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1)
                         .arg(RemoteUpload::MaxBytes / (1024 * 1024))};
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{ErrorCode::Failed, tr("Cannot read %1: %2").arg(path, file.errorString())};
    return data.toBase64();
}

} // namespace

QFuture<Result<QString>> RemoteUpload::upload(RemoteClient* client, const QString& channelId,
                                              const OutboundContent& content)
{
    auto promise = std::make_shared<QPromise<Result<QString>>>();
    promise->start();
    const auto finish = [promise](Result<QString> result) {
        promise->addResult(std::move(result));
        promise->finish();
    };
    const QString filename
        = content.filename.isEmpty() ? QFileInfo(content.localFile).fileName() : content.filename;
    whenFinished(QtConcurrent::run(&readEncoded, content.localFile), client,
                 [client, finish, channelId, filename,
                  mimeType = content.mimeType](const Result<QByteArray>& encoded) {
                     if (!encoded.ok())
                         return finish(encoded.error());
                     const QJsonObject body{{QStringLiteral("channel"), channelId},
                                            {QStringLiteral("filename"), filename},
                                            {QStringLiteral("mime_type"), mimeType},
                                            {QStringLiteral("data"), QString::fromLatin1(encoded.value())}};
                     whenFinished(client->call(QStringLiteral("upload"), body), client,
                                  [finish](const RemoteClient::Answer& answer) {
                                      const QString token
                                          = answer.body.value(QStringLiteral("upload")).toString();
                                      if (!answer.ok())
                                          return finish(Error{answer.status, answer.error.message});
                                      if (token.isEmpty())
                                          return finish(Error{answer.status,
                                                              tr("The server took the file but gave "
                                                                 "no token to send it with.")});
                                      finish(token);
                                  });
                 });
    return promise->future();
}

} // namespace ChannelDesk
