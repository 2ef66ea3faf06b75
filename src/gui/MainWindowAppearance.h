// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! What the main window's form looks like at start beyond what Designer can say: icons from the
//! desktop's theme, standard shortcuts, the banners' frames, the splitter's proportions and the
//! actions that wait for a desk.

class QMainWindow;

namespace Ui {
class MainWindow;
}

namespace ChannelDesk::MainWindowAppearance {

void apply(QMainWindow* window, Ui::MainWindow* ui);

} // namespace ChannelDesk::MainWindowAppearance
