#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace sohoa::test {

// Value comparison and scores of /work/shared/tools/score_extract.py (the
// accuracy the project reports): text NFC, whitespace collapsed, case-folded,
// surrounding punctuation stripped, old/new tone placement folded; dates
// exact; numbers numerically; ids as digit strings; land-use purposes as sets
// of codes; times as HH:MM.
bool sameFieldValue(const QString& key, const QString& truth, const QString& predicted);

// One document: what the truth says and what extraction and validation gave.
struct ScoredDocument {
    QString file;
    QString truthType;
    QMap<QString, QString> truthFields;
    QSet<QString> expectedIssues;
    QString predictedType;
    QMap<QString, QString> predictedFields;
    QMap<QString, double> confidences;
    QSet<QString> predictedIssues;
};

struct Scores {
    int docs = 0, typeCorrect = 0;
    int fieldsTruth = 0, fieldsCorrect = 0;
    int issuesExpected = 0, issuesPredicted = 0, issuesCorrect = 0;
    QStringList errors; // "file key: truth X, pred Y" for diagnosis

    double typeAccuracy() const;
    double fieldAccuracy() const;
    double issueRecall() const;
    double issuePrecision() const;
    QString summary() const;
};

Scores scoreDocuments(const QList<ScoredDocument>& docs);

// Calibration: predicted fields bucketed by confidence; right = equal to the truth.
struct ConfidenceBucket {
    double from = 0, to = 0;
    int count = 0, right = 0;
};
QList<ConfidenceBucket> calibration(const QList<ScoredDocument>& docs, const QList<double>& edges);
QString calibrationTable(const QList<ConfidenceBucket>& buckets);

} // namespace sohoa::test
