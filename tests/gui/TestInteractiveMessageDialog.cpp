// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Where the reply-buttons and list dialog puts the cursor, and how its labels sit by their fields.
// (What it builds is checked in TestAttachmentDialogs.)
#include "InteractiveMessageDialog.h"

#include "TestEnvironment.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProxyStyle>
#include <QScopeGuard>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

namespace {

//! A style that asks forms to put every label above its field, as some platform styles do when a
//! dialog is narrow; the dialog's own layout must not follow it.
class LabelsAboveStyle : public QProxyStyle
{
public:
    int styleHint(StyleHint hint, const QStyleOption* option, const QWidget* widget,
                  QStyleHintReturn* returnData) const override
    {
        if (hint == SH_FormLayoutWrapPolicy)
            return QFormLayout::WrapAllRows;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
};

QRect geometryIn(const QWidget* widget, const QWidget* window)
{
    return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
}

} // namespace

class TestInteractiveMessageDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testOpensOnTheBody_data();
    void testOpensOnTheBody();
    void testLabelsSitBesideTheirFields();

private:
    template <typename T> static T* child(QWidget* parent, const QString& name)
    {
        T* widget = parent->findChild<T*>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
};

void TestInteractiveMessageDialog::initTestCase()
{
    TestEnvironment::init();
}

void TestInteractiveMessageDialog::testOpensOnTheBody_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("body");
    QTest::newRow("buttons, text from the composer")
        << int(InteractiveMessageDialog::Mode::Buttons) << QStringLiteral("Shall we call you?");
    QTest::newRow("buttons, nothing typed yet") << int(InteractiveMessageDialog::Mode::Buttons) << QString();
    QTest::newRow("list") << int(InteractiveMessageDialog::Mode::List) << QStringLiteral("Which slot?");
}

void TestInteractiveMessageDialog::testOpensOnTheBody()
{
    QFETCH(int, mode);
    QFETCH(QString, body);
    InteractiveMessageDialog dialog(InteractiveMessageDialog::Mode(mode), body);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* text = child<QPlainTextEdit>(&dialog, QStringLiteral("bodyPlainTextEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), text);
    // Typing adds to the composer's text rather than replacing or splitting it.
    QVERIFY(text->textCursor().atEnd());
    QTest::keyClicks(text, QStringLiteral(" Yes"));
    QCOMPARE(text->toPlainText(), body + QStringLiteral(" Yes"));

    // The first field is the first in the form and in the tab order: header and footer follow it.
    auto* header = child<QLineEdit>(&dialog, QStringLiteral("headerLineEdit"));
    auto* footer = child<QLineEdit>(&dialog, QStringLiteral("footerLineEdit"));
    QVERIFY(geometryIn(text, &dialog).top() < geometryIn(header, &dialog).top());
    QTest::keyClick(text, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), header);
    QTest::keyClick(header, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), footer);
}

void TestInteractiveMessageDialog::testLabelsSitBesideTheirFields()
{
    // Application-wide, as a platform style is; put back afterwards for the other tests.
    const QString previousStyle = QApplication::style()->name();
    QApplication::setStyle(new LabelsAboveStyle);
    const auto restoreStyle = qScopeGuard([&previousStyle] { QApplication::setStyle(previousStyle); });
    QCOMPARE(QApplication::style()->styleHint(QStyle::SH_FormLayoutWrapPolicy),
             int(QFormLayout::WrapAllRows));
    InteractiveMessageDialog dialog(InteractiveMessageDialog::Mode::Buttons, QStringLiteral("Pick one"));
    // Narrow enough that a form allowed to wrap would put long labels above their fields.
    dialog.resize(420, dialog.sizeHint().height());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    const struct
    {
        const char* label;
        const char* field;
    } rows[] = {{"headerLabel", "headerLineEdit"}, {"footerLabel", "footerLineEdit"}};
    for (const auto& row : rows) {
        const QRect label = geometryIn(child<QLabel>(&dialog, QLatin1String(row.label)), &dialog);
        const QRect field = geometryIn(child<QLineEdit>(&dialog, QLatin1String(row.field)), &dialog);
        QVERIFY2(label.right() < field.left(),
                 qPrintable(QStringLiteral("%1: label %2,%3 %4x%5, field %6,%7 %8x%9")
                                .arg(QLatin1String(row.label))
                                .arg(label.x())
                                .arg(label.y())
                                .arg(label.width())
                                .arg(label.height())
                                .arg(field.x())
                                .arg(field.y())
                                .arg(field.width())
                                .arg(field.height())));
        QVERIFY2(qAbs(label.center().y() - field.center().y()) <= 3,
                 qPrintable(QStringLiteral("%1: label centre %2, field centre %3")
                                .arg(QLatin1String(row.label))
                                .arg(label.center().y())
                                .arg(field.center().y())));
    }
    // The multi-line body's label is level with the field's first line, not its middle.
    const QRect bodyLabel = geometryIn(child<QLabel>(&dialog, QStringLiteral("bodyLabel")), &dialog);
    const QRect body
        = geometryIn(child<QPlainTextEdit>(&dialog, QStringLiteral("bodyPlainTextEdit")), &dialog);
    QVERIFY(bodyLabel.right() < body.left());
    QVERIFY2(bodyLabel.top() >= body.top() - 2 && bodyLabel.top() < body.top() + body.height() / 3,
             qPrintable(QStringLiteral("label top %1, field top %2").arg(bodyLabel.top()).arg(body.top())));
}

QTEST_MAIN(TestInteractiveMessageDialog)
#include "TestInteractiveMessageDialog.moc"
