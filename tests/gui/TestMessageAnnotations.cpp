// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Around a message's text in the conversation view: the quoted message, the reactions, a shared
// location's coordinates and its map link; and the bubble making room for them.
#include "MessageAnnotations.h"
#include "MessageListDelegate.h"
#include "MessageListModel.h"

#include "TestEnvironment.h"

#include <QListView>
#include <QStandardItemModel>
#include <QTest>
#include <QUrlQuery>

using namespace ChannelDesk;

class TestMessageAnnotations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testQuote();
    void testReactions();
    void testLocation();
    void testBubbleMakesRoom();
};

void TestMessageAnnotations::testQuote()
{
    MessageRow row;
    QVERIFY(MessageAnnotations::quote(row).isEmpty());
    row.quotedDirection = QStringLiteral("in");
    row.quotedType = QStringLiteral("text");
    row.quotedText = QStringLiteral("Where is\n my order?");
    QCOMPARE(MessageAnnotations::quote(row), QStringLiteral("Where is my order?"));
    row.quotedDirection = QStringLiteral("out");
    QCOMPARE(MessageAnnotations::quote(row), QStringLiteral("You: Where is my order?"));
    row.quotedType = QStringLiteral("image");
    row.quotedText.clear();
    QCOMPARE(MessageAnnotations::quote(row), QStringLiteral("You: [Image]"));
}

void TestMessageAnnotations::testReactions()
{
    MessageRow row;
    QVERIFY(MessageAnnotations::reactions(row).isEmpty());
    row.reactionIn = QStringLiteral("❤️");
    QCOMPARE(MessageAnnotations::reactions(row), QStringLiteral("❤️"));
    row.reactionOut = QStringLiteral("👍");
    QCOMPARE(MessageAnnotations::reactions(row), QStringLiteral("❤️ 👍"));
    row.reactionIn.clear();
    QCOMPARE(MessageAnnotations::reactions(row), QStringLiteral("👍"));
}

void TestMessageAnnotations::testLocation()
{
    MessageRow row;
    row.type = QStringLiteral("location");
    row.text = QStringLiteral("People's Square");
    QVERIFY(!MessageAnnotations::locationUrl(row).isValid()); // no coordinates stored
    QCOMPARE(MessageAnnotations::locationText(row), QStringLiteral("People's Square"));
    row.media = QJsonObject{{QStringLiteral("latitude"), 31.2304},
                            {QStringLiteral("longitude"), 121.4737},
                            {QStringLiteral("name"), QStringLiteral("People's Square")}};
    const QUrl url = MessageAnnotations::locationUrl(row);
    QCOMPARE(url.host(), QStringLiteral("www.openstreetmap.org"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("mlat")), QStringLiteral("31.230400"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("mlon")), QStringLiteral("121.473700"));
    QCOMPARE(MessageAnnotations::locationText(row), QStringLiteral("People's Square · 31.23040, 121.47370"));
    // A gateway's strings work too; nonsense does not make a link.
    row.media = QJsonObject{{QStringLiteral("latitude"), QStringLiteral("-33.8568")},
                            {QStringLiteral("longitude"), QStringLiteral("151.2153")}};
    QVERIFY(MessageAnnotations::locationUrl(row).isValid());
    row.media = QJsonObject{{QStringLiteral("latitude"), 123.0}, {QStringLiteral("longitude"), 0.0}};
    QVERIFY(!MessageAnnotations::locationUrl(row).isValid());
    row.type = QStringLiteral("text");
    row.media = QJsonObject{{QStringLiteral("latitude"), 1.0}, {QStringLiteral("longitude"), 1.0}};
    QVERIFY(!MessageAnnotations::locationUrl(row).isValid());
}

void TestMessageAnnotations::testBubbleMakesRoom()
{
    QStandardItemModel model;
    const auto add = [&model](const QString& quote, const QString& reactions) {
        auto* item = new QStandardItem;
        item->setData(QStringLiteral("Thanks, that works"), MessageListModel::TextRole);
        item->setData(QStringLiteral("10:42"), MessageListModel::TimeTextRole);
        item->setData(quote, MessageListModel::QuoteRole);
        item->setData(reactions, MessageListModel::ReactionsRole);
        model.appendRow(item);
    };
    add({}, {});
    add(QStringLiteral("Where is my order?"), {});
    add({}, QStringLiteral("❤️"));
    QListView view;
    view.resize(600, 400);
    MessageListDelegate delegate;
    view.setModel(&model);
    view.setItemDelegate(&delegate);
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.widget = &view;
    const int plain = delegate.sizeHint(option, model.index(0, 0)).height();
    QVERIFY(delegate.sizeHint(option, model.index(1, 0)).height() > plain);
    QVERIFY(delegate.sizeHint(option, model.index(2, 0)).height() > plain);
    // A long quote is elided, never wider than the bubble may be.
    add(QString(500, QLatin1Char('x')), {});
    QVERIFY(delegate.sizeHint(option, model.index(3, 0)).width() <= 600);
}

QTEST_MAIN(TestMessageAnnotations)
#include "TestMessageAnnotations.moc"
