// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A top-level window's size and place on screen, and the positions of the splitters in it: a
//! first window takes at most 90 % of the available area of its screen, and what the user made of
//! it is kept in an ini file across runs and put back fitted to the screen it opens on then.
//! Sizes are in device-independent pixels throughout, so a scaled screen (QT_SCALE_FACTOR=2 on
//! 1600×1000 offers 800×500) is measured as the window will be laid out on it.

#include <QObject>
#include <QRect>
#include <QSize>
#include <QString>

class QWidget;

namespace ChannelDesk {

class WindowGeometry : public QObject
{
    Q_OBJECT

public:
    //! The share of the available area a window takes when nothing was kept.
    static constexpr double defaultShare = 0.9;

    //! Follows window, which also owns it; preferredSize is its size when nothing was kept.
    WindowGeometry(QWidget* window, const QSize& preferredSize);

    //! The ini file the state is kept in; empty (the default) keeps nothing.
    void setFileName(const QString& fileName) { m_fileName = fileName; }
    QString fileName() const { return m_fileName; }

    //! Puts back what save() kept, fitted to the window's screen, or else sizes the window for that
    //! screen. Happens by itself when the window is first shown; set the file name before.
    void restore();
    //! Keeps the window's geometry and the state of every named splitter in it (splitters in its
    //! dialogs aside). Happens by itself whenever the window is closed. Does nothing without a
    //! file, or before restore().
    void save() const;

    //! preferred, but no larger than defaultShare of available and never below minimum.
    static QSize defaultSize(const QSize& preferred, const QSize& minimum, const QRect& available);
    //! frame moved and, where it must be, shrunk (never below minimum) to lie inside available.
    static QRect fitted(const QRect& frame, const QSize& minimum, const QRect& available);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QSize minimumSize() const;
    //! Resizes and moves the window so that its frame lies inside its screen's available area.
    void fitToScreen();

    QWidget* m_window;
    QSize m_preferredSize;
    QString m_fileName;
    bool m_restored = false;
};

} // namespace ChannelDesk
