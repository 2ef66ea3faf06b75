// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Owner-only modes for what ChannelDesk keeps in its data directory: files 0600, folders 0700.
//! The directory itself is already owner-only; these keep its contents private too when a user
//! loosens it (defence in depth), and they fix files an older version left 0644.

#include <QString>

namespace ChannelDesk::PrivateFile {

//! Creates path empty and owner-only if it is missing, otherwise narrows it like narrow(); false
//! if it could neither be created nor found. Call it before a library (SQLite, QSettings) creates
//! the file with the umask's mode: SQLite gives its -wal and -shm files the mode of the database
//! file, and QSaveFile keeps the mode of an existing file.
bool create(const QString& path);
//! Removes the group and other permissions of path if it exists; false only if that failed.
bool narrow(const QString& path);
//! Creates path and its parents if missing and makes path itself owner-only (0700).
bool makeDirectory(const QString& path);

} // namespace ChannelDesk::PrivateFile
