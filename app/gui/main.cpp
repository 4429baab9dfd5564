#include "core/logging.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char **argv)
{
    guichet::logging::installRedactingMessageHandler();
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Guichet"));
    label.show();
    return app.exec();
}
