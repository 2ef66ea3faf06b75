// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShortcutAudit.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QWidget>

namespace ShortcutAudit {
namespace {

//! The letter after a single '&' ("&&" is a literal ampersand), lower-cased; null when none.
QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QString describe(const QObject* owner, const QString& text)
{
    const QString name = owner->objectName().isEmpty() ? QString::fromLatin1(owner->metaObject()->className())
                                                       : owner->objectName();
    return QStringLiteral("%1 “%2”").arg(name, text);
}

class Keys
{
public:
    void add(const QString& key, const QString& owner)
    {
        const auto it = m_owners.constFind(key);
        if (it != m_owners.cend())
            m_clashes << QStringLiteral("%1: %2 and %3").arg(key, *it, owner);
        else
            m_owners.insert(key, owner);
    }
    void addClash(const QString& line) { m_clashes << line; }
    QStringList clashes() const { return m_clashes; }

private:
    QHash<QString, QString> m_owners;
    QStringList m_clashes;
};

void addMnemonic(Keys& keys, const QObject* owner, const QString& text)
{
    const QChar letter = mnemonic(text);
    if (!letter.isNull())
        keys.add(QStringLiteral("Alt+") + letter.toUpper(), describe(owner, text));
}

void auditMenu(QMenu* menu, QStringList& clashes)
{
    Keys keys;
    for (QAction* action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QChar letter = mnemonic(action->text());
        if (!letter.isNull())
            keys.add(QStringLiteral("%1 › %2").arg(menu->title()).arg(letter.toUpper()),
                     describe(action, action->text()));
        if (action->menu())
            auditMenu(action->menu(), clashes);
    }
    clashes << keys.clashes();
}

} // namespace

QStringList clashes(QWidget* window)
{
    Keys shortcuts;
    QList<QAction*> actions = window->findChildren<QAction*>();
    for (QAction* action : window->actions()) {
        if (!actions.contains(action))
            actions << action;
    }
    for (const QAction* action : std::as_const(actions)) {
        if (!action->isEnabled() || action->shortcutContext() == Qt::WidgetShortcut)
            continue;
        for (const QKeySequence& key : action->shortcuts()) {
            // A standard key the platform leaves unbound, listed next to the same key spelled
            // out: on platforms that do bind it, the action registers that key twice.
            if (key.isEmpty()) {
                shortcuts.addClash(QStringLiteral("an empty shortcut (an unbound standard key) on ")
                                   + describe(action, action->text()));
                continue;
            }
            shortcuts.add(key.toString(), describe(action, action->text()));
        }
    }

    Keys mnemonics;
    QStringList clashes = shortcuts.clashes();
    for (QMenuBar* bar : window->findChildren<QMenuBar*>()) {
        for (QAction* action : bar->actions()) {
            if (!action->isVisible())
                continue;
            addMnemonic(mnemonics, action, action->text());
            if (action->menu())
                auditMenu(action->menu(), clashes);
        }
    }
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(window) || !widget->isEnabled())
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            addMnemonic(mnemonics, button, button->text());
        else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            addMnemonic(mnemonics, label, label->text());
        else if (auto* box = qobject_cast<QGroupBox*>(widget))
            addMnemonic(mnemonics, box, box->title());
        else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i) && tabs->isTabEnabled(i))
                    addMnemonic(mnemonics, tabs, tabs->tabText(i));
            }
        }
    }
    // An action's Alt+letter shortcut competes with the mnemonics of the window.
    for (const QAction* action : std::as_const(actions)) {
        for (const QKeySequence& key : action->shortcuts()) {
            if (key.count() == 1 && key[0].keyboardModifiers() == Qt::AltModifier)
                mnemonics.add(key.toString(), describe(action, action->text()));
        }
    }
    return clashes + mnemonics.clashes();
}

} // namespace ShortcutAudit
