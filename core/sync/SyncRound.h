#pragma once

#include "core/sync/OutboxJournal.h"
#include "core/sync/RegistryClient.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

// One round of a sync run, split so that the store and the network can work at
// the same time: the engine reads what a round sends from the store (records,
// page images) and later records what came back, while deliverRound() does the
// network part on the client's thread without touching the store. The next
// round's page images are read and hashed while this one is on the wire.
namespace sohoa::sync::detail {

struct Upload {
    QString hash;
    qint64 size = 0;
    qint64 offset = 0;
    int stalls = 0;
};

struct Round {
    // Filled by the engine before the round goes out.
    QList<journal::DueRecord> records;
    QList<qint64> ids;
    QSet<qint64> batchIds;
    int attempts = 0;
    QHash<QString, QByteArray> images; // bytes of every image in toUpload
    QList<Upload> toUpload;
    QStringList ask;          // begun by an earlier attempt: ask the registry where it stands
    QStringList newlyStarted; // marked started in the store just before sending
    int recordsPerRequest = 100;

    // Filled on the client's thread.
    bool heldBack = false;                  // not sent: a round before it did not go cleanly
    std::optional<HttpResponse> askFailure; // the progress query failed: nothing else was sent
    QStringList confirmed;                  // images the registry holds completely
    QHash<QString, HttpResponse> failedPages;
    QHash<qint64, HttpResponse> pageFailure; // records held back because an image of theirs failed
    QList<QList<journal::DueRecord>> requestRecords;
    QList<HttpResponse> responses;
    int requests = 0;
    qint64 bytesUploaded = 0;
    qint64 uploadNs = 0, submitNs = 0;

    // Every request answered 2xx and every image taken: nothing in it can stop
    // the run, so the next round may go out before this one is recorded.
    bool clean() const;
};

HttpRequest jsonRequest(const QString& path, QJsonObject body);

// The network part of a round (runs on the client's thread; no store access).
void deliverRound(RegistryClient& client, Round& round);

} // namespace sohoa::sync::detail
