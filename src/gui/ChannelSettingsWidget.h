// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The part of a channel page that changes the channel's non-secret settings after it was
//! created: the fields of its kind filled with the stored values, each checked as typed by the
//! kind's validator (the wizard's checks), Save and Revert enabled only while something differs
//! from what is stored (Save only when nothing is an error). Saving sends a draft without secrets,
//! so the keychain keeps them; the desk's parts pick the new values up when the channels change.

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QLineEdit;

namespace Ui {
class ChannelSettingsWidget;
}

namespace ChannelDesk {

class Desk;
class FieldMessageLabel;
class ValidatedFields;

class ChannelSettingsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChannelSettingsWidget(QWidget* parent = nullptr);
    ~ChannelSettingsWidget() override;

    //! Not owned; set once, before setChannel().
    void setDesk(Desk* desk);
    void setChannel(const QString& channelId);
    //! Shows the stored values again, unless the user is editing (after the channels changed).
    void showChannel();

    //! The plain fields of kind this widget edits (the allowlist switch of WeCom included).
    static QStringList editableFields(const QString& kind);

    //! Whether a value shown differs from the stored one.
    bool hasChanges() const;
    bool isSaving() const { return m_saving; }
    //! Everything is off while the page saves something else (a secret, Enabled).
    void setBusy(bool busy);

signals:
    //! The changed settings of channelId were stored.
    void settingsSaved(const QString& channelId);

private:
    struct Row
    {
        QLineEdit* edit = nullptr;
        FieldMessageLabel* label = nullptr;
        QWidget* field = nullptr;
    };

    //! Shows the rows of kind and checks them with its validator.
    void setKind(const QString& kind);
    //! Fills the fields with the stored values (defaults where the channel keeps none).
    void fill();
    QString shownValue(const QString& key) const;
    //! What the field holds now, as it would be stored.
    QString currentValue(const QString& key) const;
    void save();
    void updateButtons();
    void applyRoles();

    std::unique_ptr<Ui::ChannelSettingsWidget> m_ui;
    QPointer<Desk> m_desk;
    QString m_channelId;
    QString m_kind;
    QHash<QString, Row> m_rows;
    ValidatedFields* m_fields = nullptr;
    //! The stored values as filled in, to tell an edit from what is stored.
    QHash<QString, QString> m_stored;
    bool m_saving = false;
    bool m_pageBusy = false;
    //! Bumped when the channel changes, so a late answer for the previous one is dropped.
    quint64 m_generation = 0;
};

} // namespace ChannelDesk
