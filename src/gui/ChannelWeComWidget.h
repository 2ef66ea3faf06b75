// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The WeCom part of a channel page: the app's settings and allowlist, the callback URLs (own and
//! shared) to copy into 设置API接收 with WeCom's setup steps, the Secret, Token and EncodingAESKey
//! masked (Token and EncodingAESKey can be copied; each can be replaced through the page), the
//! access token's state as the desk last saw it and the time of the last callback. Secrets are
//! read from the keychain only when shown or copied and never kept in the widget.

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;

namespace Ui {
class ChannelWeComWidget;
}

namespace ChannelDesk {

class Desk;
class FieldMessageLabel;
struct ChannelActivity;
struct SecretResult;
struct WeComTokenState;

class ChannelWeComWidget : public QWidget
{
    Q_OBJECT

public:
    //! How long "Copied" stays next to the URLs.
    static constexpr int kCopyFeedbackMs = 4000;

    explicit ChannelWeComWidget(QWidget* parent = nullptr);
    ~ChannelWeComWidget() override;

    //! Not owned; set once, before setChannel().
    void setDesk(Desk* desk);
    void setChannel(const QString& channelId);
    //! Shows the channel's fields again (after the channels changed).
    void showChannel();
    //! Reads the three masked secrets again.
    void reloadSecrets();
    //! Replace… is off while the page saves something.
    void setBusy(bool busy);
    //! Where the page reports replacing one of this widget's secrets.
    FieldMessageLabel* secretsMessageLabel() const;

    //! "Access token valid until 14:05", "Not fetched yet — …", "Could not get an access token: …"
    static QString tokenStateText(const WeComTokenState& state);
    //! "Last callback 10:42:07" (with the date when not today), "No callback yet"
    static QString lastCallbackText(const QDateTime& at);

signals:
    //! The user asked to replace this secret (a WeComFields key); the page asks and saves.
    void replaceRequested(const QString& field);

private:
    void copyText(const QString& text);
    void copySecret(const QString& field, const QString& title);
    void loadSecret(const QString& field, QLabel* label);
    void showTokenState();
    void showActivity(const QList<ChannelDesk::ChannelActivity>& activity);
    void showFeedback(const QString& text);
    void applyRoles();

    std::unique_ptr<Ui::ChannelWeComWidget> m_ui;
    QPointer<Desk> m_desk;
    QString m_channelId;
    //! Bumped when the channel changes, so late keychain answers for the previous one are dropped.
    quint64 m_generation = 0;
    bool m_busy = false;
    QTimer m_feedbackTimer;
};

} // namespace ChannelDesk
