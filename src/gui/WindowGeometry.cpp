// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowGeometry.h"

#include <QEvent>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QWidget>

#include <algorithm>

namespace ChannelDesk {
namespace {

const QString geometryKey = QStringLiteral("window/geometry");
const QString splitterGroup = QStringLiteral("window/splitters/");

QList<QSplitter*> namedSplitters(QWidget* window)
{
    QList<QSplitter*> named;
    const QList<QSplitter*> all = window->findChildren<QSplitter*>();
    for (QSplitter* splitter : all) {
        // A dialog open over the window is its child too, but not part of its layout.
        if (!splitter->objectName().isEmpty() && splitter->window() == window)
            named.append(splitter);
    }
    return named;
}

} // namespace

WindowGeometry::WindowGeometry(QWidget* window, const QSize& preferredSize)
    : QObject(window)
    , m_window(window)
    , m_preferredSize(preferredSize)
{
    window->installEventFilter(this);
}

bool WindowGeometry::eventFilter(QObject* watched, QEvent* event)
{
    // Show arrives before the window is mapped, so it appears at once where it belongs. On Close
    // the state is kept whether the window then hides to the tray or first asks about quitting.
    if (watched == m_window && event->type() == QEvent::Show && !m_restored)
        restore();
    else if (watched == m_window && event->type() == QEvent::Close)
        save();
    return QObject::eventFilter(watched, event);
}

void WindowGeometry::restore()
{
    m_restored = true;
    bool restored = false;
    if (!m_fileName.isEmpty()) {
        const QSettings file(m_fileName, QSettings::IniFormat);
        restored = m_window->restoreGeometry(file.value(geometryKey).toByteArray());
        for (QSplitter* splitter : namedSplitters(m_window)) {
            const QByteArray state = file.value(splitterGroup + splitter->objectName()).toByteArray();
            if (!state.isEmpty())
                splitter->restoreState(state);
        }
    }
    if (restored) {
        fitToScreen();
        return;
    }
    // Placing a first window is the window manager's business; only its size is ours.
    const QScreen* screen = m_window->screen();
    if (screen)
        m_window->resize(defaultSize(m_preferredSize, minimumSize(), screen->availableGeometry()));
}

void WindowGeometry::save() const
{
    if (!m_restored || m_fileName.isEmpty())
        return;
    QSettings file(m_fileName, QSettings::IniFormat);
    file.setValue(geometryKey, m_window->saveGeometry());
    for (QSplitter* splitter : namedSplitters(m_window))
        file.setValue(splitterGroup + splitter->objectName(), splitter->saveState());
}

QSize WindowGeometry::minimumSize() const
{
    return m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
}

void WindowGeometry::fitToScreen()
{
    const QScreen* screen = m_window->screen();
    if (!screen || m_window->windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen))
        return;
    // Until the window is mapped its frame is not known and frameGeometry() is geometry().
    const QRect frame = m_window->frameGeometry();
    const QRect geometry = m_window->geometry();
    const QMargins decoration(geometry.left() - frame.left(), geometry.top() - frame.top(),
                              frame.right() - geometry.right(), frame.bottom() - geometry.bottom());
    const QSize decorationSize(decoration.left() + decoration.right(),
                               decoration.top() + decoration.bottom());
    const QRect fit = fitted(frame, minimumSize() + decorationSize, screen->availableGeometry());
    if (fit != frame)
        m_window->setGeometry(fit.marginsRemoved(decoration));
}

QSize WindowGeometry::defaultSize(const QSize& preferred, const QSize& minimum, const QRect& available)
{
    const QSize share(int(available.width() * defaultShare), int(available.height() * defaultShare));
    return preferred.boundedTo(share).expandedTo(minimum);
}

QRect WindowGeometry::fitted(const QRect& frame, const QSize& minimum, const QRect& available)
{
    QRect fit(frame.topLeft(), frame.size().boundedTo(available.size()).expandedTo(minimum));
    if (fit.right() > available.right())
        fit.moveRight(available.right());
    if (fit.bottom() > available.bottom())
        fit.moveBottom(available.bottom());
    // Last, so that a window larger than the screen keeps its title bar and left edge on it.
    if (fit.left() < available.left())
        fit.moveLeft(available.left());
    if (fit.top() < available.top())
        fit.moveTop(available.top());
    return fit;
}

} // namespace ChannelDesk
