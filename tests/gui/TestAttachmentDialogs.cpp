// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentDialogs.h"
#include "FieldMessageLabel.h"
#include "InteractiveMessageDialog.h"
#include "ListSectionsWidget.h"
#include "LocationDialog.h"
#include "MediaLinkDialog.h"
#include "ReplyButtonsWidget.h"

#include "TestEnvironment.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ChannelDesk;
using Kind = OutboundContent::Kind;

namespace {

template <typename T> T* child(QWidget* parent, const QString& name)
{
    T* widget = parent->findChild<T*>(name);
    if (!widget)
        qFatal("no child %s", qPrintable(name));
    return widget;
}

bool okEnabled(QDialog* dialog)
{
    return child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))
        ->button(QDialogButtonBox::Ok)
        ->isEnabled();
}

void setText(QWidget* parent, const QString& name, const QString& text)
{
    QLineEdit* edit = child<QLineEdit>(parent, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

//! The text of a message label, provided it is shown.
QString shownMessage(QWidget* parent, const QString& name)
{
    const FieldMessageLabel* label = child<FieldMessageLabel>(parent, name);
    return label->isVisibleTo(parent) ? label->text() : QString();
}

} // namespace

class TestAttachmentDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testButtonsValidContent();
    void testButtonsRefuseFourthButton();
    void testButtonsTitleTooLong();
    void testButtonsDuplicateTitles();
    void testButtonsEditedIdAndRemoval();
    void testButtonsBodyFromComposer();
    void testListValidContent();
    void testListRowLimit();
    void testListRowTitleTooLong();
    void testListSectionTitleRequiredWithTwoSections();
    void testLinkValidation_data();
    void testLinkValidation();
    void testLinkDocumentFilename();
    void testLocationParsing_data();
    void testLocationParsing();
    void testLocationPastedPairSplits();
    void testLocationOutOfRange();
    void testMediaFromFileAcceptsImageAndDocument();
    void testMediaFromFileRejectsOversizeImage();
    void testMediaFromFileRejectsExecutable();

private:
    QTemporaryDir m_dir;
};

void TestAttachmentDialogs::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_dir.isValid());
}

void TestAttachmentDialogs::testButtonsValidContent()
{
    InteractiveMessageDialog dialog(InteractiveMessageDialog::Mode::Buttons,
                                    QStringLiteral("Shall we call you?"));
    QVERIFY(!okEnabled(&dialog)); // no button title yet
    setText(&dialog, QStringLiteral("headerLineEdit"), QStringLiteral("Call back"));
    setText(&dialog, QStringLiteral("footerLineEdit"), QStringLiteral("ACME support"));
    setText(&dialog, QStringLiteral("buttonTitleLineEdit1"), QStringLiteral("Yes, please"));
    QVERIFY(okEnabled(&dialog));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("addButtonButton")), Qt::LeftButton);
    QVERIFY(!okEnabled(&dialog)); // the new button has no title
    setText(&dialog, QStringLiteral("buttonTitleLineEdit2"), QStringLiteral("No"));
    QVERIFY(okEnabled(&dialog));
    QCOMPARE(shownMessage(&dialog, QStringLiteral("buttonTitleCounterLabel2")), QStringLiteral("2/20"));

    const OutboundContent content = dialog.content();
    QCOMPARE(content.kind, Kind::Buttons);
    QCOMPARE(content.text, QStringLiteral("Shall we call you?"));
    QCOMPARE(content.header, QStringLiteral("Call back"));
    QCOMPARE(content.footer, QStringLiteral("ACME support"));
    QCOMPARE(content.buttons.size(), 2);
    QCOMPARE(content.buttons.at(0).id, QStringLiteral("btn-1"));
    QCOMPARE(content.buttons.at(0).title, QStringLiteral("Yes, please"));
    QCOMPARE(content.buttons.at(1).id, QStringLiteral("btn-2"));
    QCOMPARE(content.buttons.at(1).title, QStringLiteral("No"));
    QVERIFY(content.sections.isEmpty());
    QVERIFY(content.listButton.isEmpty());
    QVERIFY(dialog.problem().isEmpty());
}

void TestAttachmentDialogs::testButtonsRefuseFourthButton()
{
    InteractiveMessageDialog dialog(InteractiveMessageDialog::Mode::Buttons, QStringLiteral("Pick one"));
    auto* buttons = child<ReplyButtonsWidget>(&dialog, QStringLiteral("replyButtonsWidget"));
    auto* add = child<QPushButton>(&dialog, QStringLiteral("addButtonButton"));
    QTest::mouseClick(add, Qt::LeftButton);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(buttons->count(), 3);
    QVERIFY(!add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(!buttons->addButton());
    QCOMPARE(buttons->count(), 3);
    QVERIFY(!child<QLineEdit>(&dialog, QStringLiteral("buttonTitleLineEdit3"))->isHidden());
    const QString message = shownMessage(&dialog, QStringLiteral("buttonsLimitLabel"));
    QVERIFY2(message.startsWith(QStringLiteral("Error:")) && message.contains(QStringLiteral("at most 3")),
             qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("list")));
    QVERIFY(!okEnabled(&dialog)); // three untitled buttons
    setText(&dialog, QStringLiteral("buttonTitleLineEdit1"), QStringLiteral("A"));
    setText(&dialog, QStringLiteral("buttonTitleLineEdit2"), QStringLiteral("B"));
    setText(&dialog, QStringLiteral("buttonTitleLineEdit3"), QStringLiteral("C"));
    QVERIFY(okEnabled(&dialog));
    QCOMPARE(dialog.content().buttons.size(), 3);
}

void TestAttachmentDialogs::testButtonsTitleTooLong()
{
    InteractiveMessageDialog dialog(InteractiveMessageDialog::Mode::Buttons, QStringLiteral("Pick one"));
    setText(&dialog, QStringLiteral("buttonTitleLineEdit1"), QString(21, QLatin1Char('x')));
    QVERIFY(!okEnabled(&dialog));
    const QString message = shownMessage(&dialog, QStringLiteral("buttonMessageLabel1"));
    QVERIFY2(message.startsWith(QStringLiteral("Error:")) && message.contains(QStringLiteral("21 characters"))
                 && message.contains(QStringLiteral("at most 20"))
                 && message.contains(QStringLiteral("by 1")),
             qPrintable(message));
    QCOMPARE(shownMessage(&dialog, QStringLiteral("buttonTitleCounterLabel1")), QStringLiteral("21/20"));
    QCOMPARE(child<FieldMessageLabel>(&dialog, QStringLiteral("buttonTitleCounterLabel1"))->severity(),
             FieldCheck::Severity::Error);

    QTest::keyClick(child<QLineEdit>(&dialog, QStringLiteral("buttonTitleLineEdit1")), Qt::Key_Backspace);
    QVERIFY(okEnabled(&dialog));
    QVERIFY(shownMessage(&dialog, QStringLiteral("buttonMessageLabel1")).isEmpty());
}

void TestAttachmentDialogs::testButtonsDuplicateTitles()
{
    InteractiveMessageDialog dialog(InteractiveMessageDialog::Mode::Buttons, QStringLiteral("Pick one"));
    child<ReplyButtonsWidget>(&dialog, QStringLiteral("replyButtonsWidget"))->addButton();
    setText(&dialog, QStringLiteral("buttonTitleLineEdit1"), QStringLiteral("Yes"));
    setText(&dialog, QStringLiteral("buttonTitleLineEdit2"), QStringLiteral("Yes"));
    QVERIFY(!okEnabled(&dialog));
    const QString message = shownMessage(&dialog, QStringLiteral("buttonMessageLabel2"));
    QVERIFY2(message.startsWith(QStringLiteral("Error:")) && message.contains(QStringLiteral("same title"))
                 && message.contains(QStringLiteral("Button 1")),
             qPrintable(message));
    QVERIFY(shownMessage(&dialog, QStringLiteral("buttonMessageLabel1")).isEmpty());

    setText(&dialog, QStringLiteral("buttonTitleLineEdit2"), QStringLiteral("No"));
    QVERIFY(okEnabled(&dialog));
    QVERIFY(shownMessage(&dialog, QStringLiteral("buttonMessageLabel2")).isEmpty());
}

void TestAttachmentDialogs::testButtonsEditedIdAndRemoval()
{
    InteractiveMessageDialog dialog(InteractiveMessageDialog::Mode::Buttons, QStringLiteral("Pick one"));
    auto* buttons = child<ReplyButtonsWidget>(&dialog, QStringLiteral("replyButtonsWidget"));
    buttons->addButton();
    buttons->addButton();
    setText(&dialog, QStringLiteral("buttonTitleLineEdit1"), QStringLiteral("A"));
    setText(&dialog, QStringLiteral("buttonTitleLineEdit2"), QStringLiteral("B"));
    setText(&dialog, QStringLiteral("buttonTitleLineEdit3"), QStringLiteral("C"));
    setText(&dialog, QStringLiteral("buttonIdLineEdit3"), QStringLiteral("choice-c"));
    QCOMPARE(dialog.content().buttons.at(2).id, QStringLiteral("choice-c"));

    // An edited ID that clashes with a numbered one is shown with its field.
    setText(&dialog, QStringLiteral("buttonIdLineEdit3"), QStringLiteral("btn-1"));
    QVERIFY(!okEnabled(&dialog));
    QVERIFY(shownMessage(&dialog, QStringLiteral("buttonMessageLabel3")).contains(QStringLiteral("same ID")));
    QVERIFY(child<QLineEdit>(&dialog, QStringLiteral("buttonIdLineEdit3"))->isVisibleTo(&dialog));
    setText(&dialog, QStringLiteral("buttonIdLineEdit3"), QStringLiteral("choice-c"));
    QVERIFY(okEnabled(&dialog));

    buttons->removeButton(1);
    const OutboundContent content = dialog.content();
    QCOMPARE(content.buttons.size(), 2);
    QCOMPARE(content.buttons.at(0).title, QStringLiteral("A"));
    QCOMPARE(content.buttons.at(0).id, QStringLiteral("btn-1"));
    QCOMPARE(content.buttons.at(1).title, QStringLiteral("C"));
    QCOMPARE(content.buttons.at(1).id, QStringLiteral("choice-c"));
    QVERIFY(okEnabled(&dialog));
}

void TestAttachmentDialogs::testButtonsBodyFromComposer()
{
    InteractiveMessageDialog dialog(InteractiveMessageDialog::Mode::Buttons, QString());
    setText(&dialog, QStringLiteral("buttonTitleLineEdit1"), QStringLiteral("OK"));
    QVERIFY(!okEnabled(&dialog)); // WhatsApp needs a body
    QVERIFY(shownMessage(&dialog, QStringLiteral("problemLabel")).contains(QStringLiteral("message text")));
    child<QPlainTextEdit>(&dialog, QStringLiteral("bodyPlainTextEdit"))
        ->setPlainText(QStringLiteral("Ready?"));
    QVERIFY(okEnabled(&dialog));
    QVERIFY(shownMessage(&dialog, QStringLiteral("problemLabel")).isEmpty());
    QCOMPARE(shownMessage(&dialog, QStringLiteral("bodyCounterLabel")), QStringLiteral("6/1024"));
}

void TestAttachmentDialogs::testListValidContent()
{
    InteractiveMessageDialog dialog(InteractiveMessageDialog::Mode::List, QStringLiteral("Which slot?"));
    QVERIFY(!okEnabled(&dialog));
    setText(&dialog, QStringLiteral("listButtonLineEdit"), QStringLiteral("Times"));
    setText(&dialog, QStringLiteral("itemTitleLineEdit"), QStringLiteral("Morning"));
    setText(&dialog, QStringLiteral("itemDescriptionLineEdit"), QStringLiteral("9 to 12"));
    QVERIFY(okEnabled(&dialog));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("addRowButton")), Qt::LeftButton);
    setText(&dialog, QStringLiteral("itemTitleLineEdit"), QStringLiteral("Afternoon"));
    QVERIFY(okEnabled(&dialog));

    const OutboundContent content = dialog.content();
    QCOMPARE(content.kind, Kind::List);
    QCOMPARE(content.text, QStringLiteral("Which slot?"));
    QCOMPARE(content.listButton, QStringLiteral("Times"));
    QCOMPARE(content.sections.size(), 1);
    QVERIFY(content.sections.at(0).title.isEmpty()); // optional with a single section
    QCOMPARE(content.sections.at(0).rows.size(), 2);
    QCOMPARE(content.sections.at(0).rows.at(0).id, QStringLiteral("row-1"));
    QCOMPARE(content.sections.at(0).rows.at(0).title, QStringLiteral("Morning"));
    QCOMPARE(content.sections.at(0).rows.at(0).description, QStringLiteral("9 to 12"));
    QCOMPARE(content.sections.at(0).rows.at(1).id, QStringLiteral("row-2"));
    QCOMPARE(content.sections.at(0).rows.at(1).title, QStringLiteral("Afternoon"));
    QVERIFY(content.sections.at(0).rows.at(1).description.isEmpty());
    QVERIFY(content.buttons.isEmpty());
}

void TestAttachmentDialogs::testListRowLimit()
{
    InteractiveMessageDialog dialog(InteractiveMessageDialog::Mode::List, QStringLiteral("Which one?"));
    auto* list = child<ListSectionsWidget>(&dialog, QStringLiteral("listSectionsWidget"));
    auto* addRow = child<QPushButton>(&dialog, QStringLiteral("addRowButton"));
    for (int i = 1; i <= 10; ++i) {
        if (i > 1)
            QTest::mouseClick(addRow, Qt::LeftButton);
        setText(&dialog, QStringLiteral("itemTitleLineEdit"), QStringLiteral("Option %1").arg(i));
    }
    QCOMPARE(list->rowCount(), 10);
    QVERIFY(okEnabled(&dialog));
    QVERIFY(!addRow->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("addSectionButton"))->isEnabled());

    // The 11th row is refused, with the reason.
    QVERIFY(!list->addRow());
    QVERIFY(!list->addSection());
    QCOMPARE(list->rowCount(), 10);
    const QString message = shownMessage(&dialog, QStringLiteral("listLimitLabel"));
    QVERIFY2(message.startsWith(QStringLiteral("Error:"))
                 && message.contains(QStringLiteral("at most 10 rows")),
             qPrintable(message));
    QCOMPARE(dialog.content().sections.at(0).rows.last().id, QStringLiteral("row-10"));
    QVERIFY(okEnabled(&dialog));

    list->removeSelected();
    QCOMPARE(list->rowCount(), 9);
    QVERIFY(addRow->isEnabled());
    QVERIFY(shownMessage(&dialog, QStringLiteral("listLimitLabel")).isEmpty());
}

void TestAttachmentDialogs::testListRowTitleTooLong()
{
    InteractiveMessageDialog dialog(InteractiveMessageDialog::Mode::List, QStringLiteral("Which one?"));
    setText(&dialog, QStringLiteral("itemTitleLineEdit"), QString(25, QLatin1Char('r')));
    QVERIFY(!okEnabled(&dialog));
    const QString message = shownMessage(&dialog, QStringLiteral("itemMessageLabel"));
    QVERIFY2(message.startsWith(QStringLiteral("Error:"))
                 && message.contains(QStringLiteral("title of row 1"))
                 && message.contains(QStringLiteral("25 characters"))
                 && message.contains(QStringLiteral("at most 24")),
             qPrintable(message));
    QCOMPARE(shownMessage(&dialog, QStringLiteral("itemTitleCounterLabel")), QStringLiteral("25/24"));
    // The tree marks the entry too, with the message as its tooltip.
    auto* tree = child<QTreeWidget>(&dialog, QStringLiteral("sectionsTreeWidget"));
    QVERIFY(!tree->currentItem()->icon(0).isNull());
    QVERIFY(tree->currentItem()->toolTip(0).contains(QStringLiteral("at most 24")));

    setText(&dialog, QStringLiteral("itemDescriptionLineEdit"), QString(73, QLatin1Char('d')));
    setText(&dialog, QStringLiteral("itemTitleLineEdit"), QString(24, QLatin1Char('r')));
    QVERIFY(!okEnabled(&dialog));
    QVERIFY(shownMessage(&dialog, QStringLiteral("itemMessageLabel")).contains(QStringLiteral("at most 72")));
    setText(&dialog, QStringLiteral("itemDescriptionLineEdit"), QString(72, QLatin1Char('d')));
    QVERIFY(okEnabled(&dialog));
    QVERIFY(tree->currentItem()->icon(0).isNull());
}

void TestAttachmentDialogs::testListSectionTitleRequiredWithTwoSections()
{
    InteractiveMessageDialog dialog(InteractiveMessageDialog::Mode::List, QStringLiteral("Which one?"));
    auto* list = child<ListSectionsWidget>(&dialog, QStringLiteral("listSectionsWidget"));
    auto* tree = child<QTreeWidget>(&dialog, QStringLiteral("sectionsTreeWidget"));
    setText(&dialog, QStringLiteral("itemTitleLineEdit"), QStringLiteral("Pizza"));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("addSectionButton")), Qt::LeftButton);
    setText(&dialog, QStringLiteral("itemTitleLineEdit"), QStringLiteral("Cola"));
    QCOMPARE(list->sectionCount(), 2);
    QVERIFY(!okEnabled(&dialog));

    tree->setCurrentItem(tree->topLevelItem(1));
    const QString message = shownMessage(&dialog, QStringLiteral("itemMessageLabel"));
    QVERIFY2(message.startsWith(QStringLiteral("Error:")) && message.contains(QStringLiteral("section 2"))
                 && message.contains(QStringLiteral("more than one section")),
             qPrintable(message));
    setText(&dialog, QStringLiteral("itemTitleLineEdit"), QStringLiteral("Drinks"));
    QVERIFY(!okEnabled(&dialog)); // section 1 still has no title
    tree->setCurrentItem(tree->topLevelItem(0));
    QVERIFY(shownMessage(&dialog, QStringLiteral("itemMessageLabel")).contains(QStringLiteral("section 1")));
    setText(&dialog, QStringLiteral("itemTitleLineEdit"), QStringLiteral("Food"));
    QVERIFY(okEnabled(&dialog));

    const QList<ListSection> sections = dialog.content().sections;
    QCOMPARE(sections.size(), 2);
    QCOMPARE(sections.at(0).title, QStringLiteral("Food"));
    QCOMPARE(sections.at(0).rows.at(0).id, QStringLiteral("row-1"));
    QCOMPARE(sections.at(1).title, QStringLiteral("Drinks"));
    QCOMPARE(sections.at(1).rows.at(0).title, QStringLiteral("Cola"));
    QCOMPARE(sections.at(1).rows.at(0).id, QStringLiteral("row-2"));
}

void TestAttachmentDialogs::testLinkValidation_data()
{
    QTest::addColumn<int>("kindIndex");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("expectedStart");
    QTest::addColumn<QString>("expectedPart");
    QTest::addColumn<bool>("okEnabled");

    QTest::newRow("ftp") << 0 << "ftp://x"
                         << "Error:"
                         << "not ftp://" << false;
    QTest::newRow("not a url") << 0 << "not a url"
                               << "Error:"
                               << "not a web address" << false;
    QTest::newRow("no host") << 0 << "https://"
                             << "Error:"
                             << "not a web address" << false;
    QTest::newRow("plain http") << 0 << "http://example.com/a.jpg"
                                << "Warning:"
                                << "https://" << true;
    QTest::newRow("https image") << 0 << "https://example.com/a.png"
                                 << ""
                                 << "" << true;
    QTest::newRow("gif as image") << 0 << "https://example.com/a.gif"
                                  << "Warning:"
                                  << "image/gif" << true;
    QTest::newRow("video") << 1 << "https://cdn.example.com/v/clip.mp4?sig=1"
                           << ""
                           << "" << true;
}

void TestAttachmentDialogs::testLinkValidation()
{
    QFETCH(int, kindIndex);
    QFETCH(QString, link);
    QFETCH(QString, expectedStart);
    QFETCH(QString, expectedPart);
    QFETCH(bool, okEnabled);

    MediaLinkDialog dialog;
    QVERIFY(!::okEnabled(&dialog));
    child<QComboBox>(&dialog, QStringLiteral("kindComboBox"))->setCurrentIndex(kindIndex);
    setText(&dialog, QStringLiteral("urlLineEdit"), link);
    const QString message = shownMessage(&dialog, QStringLiteral("urlMessageLabel"));
    if (expectedStart.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.startsWith(expectedStart) && message.contains(expectedPart), qPrintable(message));
    QCOMPARE(::okEnabled(&dialog), okEnabled);
    if (okEnabled)
        QCOMPARE(dialog.content().mediaLink, link);
}

void TestAttachmentDialogs::testLinkDocumentFilename()
{
    MediaLinkDialog dialog;
    auto* kind = child<QComboBox>(&dialog, QStringLiteral("kindComboBox"));
    auto* filename = child<QLineEdit>(&dialog, QStringLiteral("filenameLineEdit"));
    QVERIFY(filename->isHidden());
    kind->setCurrentIndex(kind->findText(QStringLiteral("Document")));
    QVERIFY(!filename->isHidden());
    setText(&dialog, QStringLiteral("urlLineEdit"),
            QStringLiteral("https://example.com/files/invoice-17.pdf"));
    QVERIFY(okEnabled(&dialog));
    OutboundContent content = dialog.content();
    QCOMPARE(content.kind, Kind::Document);
    QCOMPARE(content.mediaLink, QStringLiteral("https://example.com/files/invoice-17.pdf"));
    QCOMPARE(content.filename, QStringLiteral("invoice-17.pdf")); // from the link when left empty
    setText(&dialog, QStringLiteral("filenameLineEdit"), QStringLiteral("Invoice March.pdf"));
    content = dialog.content();
    QCOMPARE(content.filename, QStringLiteral("Invoice March.pdf"));

    kind->setCurrentIndex(kind->findText(QStringLiteral("Image")));
    QVERIFY(dialog.content().filename.isEmpty()); // only documents carry a file name
}

void TestAttachmentDialogs::testLocationParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isPair");
    QTest::addColumn<double>("first");
    QTest::addColumn<double>("second");

    QTest::newRow("map copy") << "52.52, 13.405" << true << 52.52 << 13.405;
    QTest::newRow("no space") << "52.52,13.405" << true << 52.52 << 13.405;
    QTest::newRow("semicolon, negative") << "-33.8688; 151.2093" << true << -33.8688 << 151.2093;
    QTest::newRow("space only") << "40.7128 -74.006" << true << 40.7128 << -74.006;
    QTest::newRow("degree signs") << "52.52°, 13.405°" << true << 52.52 << 13.405;
    QTest::newRow("decimal comma is one number") << "52,52" << false << 52.52 << 0.0;
    QTest::newRow("single") << "-13.405" << false << -13.405 << 0.0;
    QTest::newRow("three numbers") << "1, 2, 3" << false << 0.0 << 0.0;
    QTest::newRow("words") << "Berlin" << false << 0.0 << 0.0;
}

void TestAttachmentDialogs::testLocationParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, isPair);
    QFETCH(double, first);
    QFETCH(double, second);

    const auto pair = LocationDialog::parsePair(text);
    QCOMPARE(pair.has_value(), isPair);
    if (isPair) {
        QCOMPARE(pair->first, first);
        QCOMPARE(pair->second, second);
    } else if (first != 0.0) {
        QCOMPARE(LocationDialog::parseCoordinate(text).value_or(-999), first);
    } else {
        QVERIFY(!LocationDialog::parseCoordinate(text));
    }
}

void TestAttachmentDialogs::testLocationPastedPairSplits()
{
    LocationDialog dialog;
    QVERIFY(!okEnabled(&dialog));
    auto* latitude = child<QLineEdit>(&dialog, QStringLiteral("latitudeLineEdit"));
    auto* longitude = child<QLineEdit>(&dialog, QStringLiteral("longitudeLineEdit"));
    latitude->setFocus();
    latitude->insert(QStringLiteral("52.52, 13.405")); // as a paste does
    QCOMPARE(latitude->text(), QStringLiteral("52.52"));
    QCOMPARE(longitude->text(), QStringLiteral("13.405"));
    QVERIFY(okEnabled(&dialog));
    setText(&dialog, QStringLiteral("nameLineEdit"), QStringLiteral("Office"));
    setText(&dialog, QStringLiteral("addressLineEdit"), QStringLiteral("Unter den Linden 1, Berlin"));

    const OutboundContent content = dialog.content();
    QCOMPARE(content.kind, Kind::Location);
    QCOMPARE(content.latitude, 52.52);
    QCOMPARE(content.longitude, 13.405);
    QCOMPARE(content.locationName, QStringLiteral("Office"));
    QCOMPARE(content.address, QStringLiteral("Unter den Linden 1, Berlin"));
}

void TestAttachmentDialogs::testLocationOutOfRange()
{
    LocationDialog dialog;
    setText(&dialog, QStringLiteral("latitudeLineEdit"), QStringLiteral("91"));
    setText(&dialog, QStringLiteral("longitudeLineEdit"), QStringLiteral("13.4"));
    QVERIFY(!okEnabled(&dialog));
    QString message = shownMessage(&dialog, QStringLiteral("latitudeMessageLabel"));
    QVERIFY2(message.startsWith(QStringLiteral("Error:")) && message.contains(QStringLiteral("-90 to 90")),
             qPrintable(message));

    setText(&dialog, QStringLiteral("latitudeLineEdit"), QStringLiteral("52.5"));
    setText(&dialog, QStringLiteral("longitudeLineEdit"), QStringLiteral("-180.5"));
    QVERIFY(!okEnabled(&dialog));
    QVERIFY(shownMessage(&dialog, QStringLiteral("latitudeMessageLabel")).isEmpty());
    message = shownMessage(&dialog, QStringLiteral("longitudeMessageLabel"));
    QVERIFY2(message.startsWith(QStringLiteral("Error:")) && message.contains(QStringLiteral("-180 to 180")),
             qPrintable(message));

    setText(&dialog, QStringLiteral("longitudeLineEdit"), QStringLiteral("east"));
    QVERIFY(!okEnabled(&dialog));
    QVERIFY(shownMessage(&dialog, QStringLiteral("longitudeMessageLabel"))
                .contains(QStringLiteral("decimal number")));

    setText(&dialog, QStringLiteral("longitudeLineEdit"), QStringLiteral("-180"));
    QVERIFY(okEnabled(&dialog));
}

void TestAttachmentDialogs::testMediaFromFileAcceptsImageAndDocument()
{
    const QString imagePath = m_dir.filePath(QStringLiteral("photo.png"));
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(imagePath));
    Result<OutboundContent> media = AttachmentDialogs::mediaFromFile(imagePath);
    QVERIFY2(media.ok(), qPrintable(media.error().message));
    QCOMPARE(media.value().kind, Kind::Image);
    QCOMPARE(media.value().mimeType, QStringLiteral("image/png"));
    QCOMPARE(media.value().localFile, imagePath);
    QVERIFY(media.value().filename.isEmpty());

    const QString documentPath = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile document(documentPath);
    QVERIFY(document.open(QIODevice::WriteOnly));
    document.write("Opening hours: 9 to 5\n");
    document.close();
    media = AttachmentDialogs::mediaFromFile(documentPath);
    QVERIFY2(media.ok(), qPrintable(media.error().message));
    QCOMPARE(media.value().kind, Kind::Document);
    QCOMPARE(media.value().mimeType, QStringLiteral("text/plain"));
    QCOMPARE(media.value().filename, QStringLiteral("notes.txt"));

    QVERIFY(!AttachmentDialogs::mediaFromFile(m_dir.filePath(QStringLiteral("missing.png"))).ok());
}

void TestAttachmentDialogs::testMediaFromFileRejectsOversizeImage()
{
    const QString path = m_dir.filePath(QStringLiteral("huge.png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(6 * 1024 * 1024)); // sparse: no 6 MB written
    file.close();
    const Result<OutboundContent> media = AttachmentDialogs::mediaFromFile(path);
    QVERIFY(!media.ok());
    const QString message = media.error().message;
    QVERIFY2(message.contains(QStringLiteral("huge.png")) && message.contains(QStringLiteral("6.0 MB"))
                 && message.contains(QRegularExpression(QStringLiteral("\\b5(\\.0)? MB")))
                 && message.contains(QStringLiteral("image")),
             qPrintable(message));
}

void TestAttachmentDialogs::testMediaFromFileRejectsExecutable()
{
    const QString path = m_dir.filePath(QStringLiteral("setup.exe"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("MZ") + QByteArray(510, '\0'));
    file.close();
    const Result<OutboundContent> media = AttachmentDialogs::mediaFromFile(path);
    QVERIFY(!media.ok());
    const QString message = media.error().message;
    QVERIFY2(message.contains(QStringLiteral("setup.exe")) && message.contains(QStringLiteral("cannot send"))
                 && message.contains(QStringLiteral("PDF")),
             qPrintable(message));
}

QTEST_MAIN(TestAttachmentDialogs)
#include "TestAttachmentDialogs.moc"
