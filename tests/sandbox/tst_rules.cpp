#include <QtTest>

class TestRules : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() {}
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
