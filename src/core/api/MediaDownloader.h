// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Downloads one WhatsApp media file in Meta's two steps: GET /{media-id} for a short-lived URL,
//! then GET that URL with the bearer token. Verifies Meta's SHA-256 before the file appears at its
//! path, and asks for a fresh URL once when the old one is gone (404). The bytes stream to the file;
//! the download stops past Meta's announced size (or MaxMediaBytes) and past an overall deadline.

#include "api/GraphApiClient.h"
#include "model/GraphError.h"

#include <QCryptographicHash>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QSaveFile;
class QTimer;

namespace ChannelDesk {

class GraphReply;

class MediaDownloader : public QObject
{
    Q_OBJECT

public:
    enum class Problem
    {
        None,
        Graph, //!< a Graph API or network failure (including cancel): see error()
        Checksum, //!< the bytes do not match Meta's sha256 or file_size
        File, //!< the target file could not be written
    };

    //! WhatsApp's largest media (documents) are 100 MB; used when Meta announces no file_size.
    static constexpr qint64 MaxMediaBytes = 100 * 1024 * 1024;

    MediaDownloader(QNetworkAccessManager* network, GraphEndpoint endpoint, QString phoneNumberId,
                    QObject* parent = nullptr);
    ~MediaDownloader() override;

    //! Starts the download; finished() follows exactly once. The file at filePath is only replaced
    //! once the whole file arrived and matches its checksum.
    void download(const QString& mediaId, const QString& filePath);
    //! Only Meta's first step: what mimeType() and fileSize() say, without the bytes.
    void describe(const QString& mediaId);
    //! Aborts; finished() follows with a Cancelled error and nothing is written.
    void cancel();
    void setTimeout(int milliseconds) { m_client.setTimeout(milliseconds); }
    //! The whole file must arrive within this (default 10 minutes), even while bytes keep coming.
    void setDeadline(int milliseconds) { m_deadlineMs = milliseconds; }
    //! The most read when Meta announces no file_size (default MaxMediaBytes); lower only in tests,
    //! which cannot afford to send 100 MiB to prove the cap.
    void setMaxSize(qint64 bytes) { m_maxBytes = bytes; }

    bool isRunning() const { return m_running; }
    bool succeeded() const { return !m_running && m_started && m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    const GraphError& error() const { return m_error; }
    //! What went wrong, ready to show (translated).
    QString errorString() const { return m_errorString; }
    QString mimeType() const { return m_mimeType; }
    QString sha256() const { return m_sha256; }
    qint64 fileSize() const { return m_fileSize; }
    //! How many times the media URL was looked up (2 after a 404 on the first URL).
    int urlLookups() const { return m_lookups; }

signals:
    void progress(qint64 received, qint64 total);
    void finished();

private:
    //! Why we stopped the file transfer ourselves; Qt reports all of them as "operation canceled".
    enum class Stop
    {
        None,
        Deadline,
        TooLarge,
        ErrorBodyFull, //!< enough of an error page to explain it
    };

    void lookUp();
    void onLookUpFinished();
    void fetch();
    void consume(QNetworkReply* reply);
    void stopFetch(Stop why);
    qint64 sizeLimit() const;
    void onFetchFinished(QNetworkReply* reply);
    void verifyAndCommit();
    void fail(Problem problem, const QString& text);
    void finish();

    GraphApiClient m_client;
    QString m_phoneNumberId;
    QString m_mediaId;
    QString m_filePath;
    QPointer<GraphReply> m_lookUp;
    QPointer<QNetworkReply> m_fetch;
    std::unique_ptr<QSaveFile> m_file;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QByteArray m_errorBody;
    QUrl m_url;
    QString m_mimeType;
    QString m_sha256;
    qint64 m_fileSize = 0;
    qint64 m_received = 0;
    int m_lookups = 0;
    bool m_describeOnly = false;
    int m_deadlineMs = 10 * 60 * 1000;
    qint64 m_maxBytes = MaxMediaBytes;
    Stop m_stop = Stop::None;
    QTimer* m_deadline;
    bool m_running = false;
    bool m_started = false;
    bool m_cancelled = false;
    Problem m_problem = Problem::None;
    GraphError m_error;
    QString m_errorString;
};

} // namespace ChannelDesk
