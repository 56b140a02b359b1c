#pragma once

#include "clinic/sync/pulledpage.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace clinic::sync {

/// How fetching one page of the change feed ended.
struct FetchedPage
{
    int status = 0;          ///< HTTP status; 0 when no answer came (errorString says why)
    QString errorString;
    QByteArray body;         ///< the answer's body when it is not a page (an error, a push's answer)
    int retryAfterSeconds = 0;
    std::shared_ptr<const PulledPage> page;  ///< set when status is 200 and the body reads as a page
    std::optional<domain::Error> unreadable;  ///< set when status is 200 but the body is not a page
};

/// Fetches pages of the change feed and reads them (PulledPage) on a thread of their own, so the
/// sync engine applies one page while the next is fetched and read: reading a page was 14% of
/// the engine thread's time in an initial sync. Pushes go out through it too: Qt hands a
/// request's body to its HTTP thread piece by piece through the event loop of the thread that
/// sent it, and the engine's thread is busy storing the previous answer and reading the next push
/// right after sending one (a 1,000-row push reached the server 13 ms after it was sent, 1 ms
/// from a thread with nothing else to do).
///
/// Thread affinity: lives in its own thread (the engine creates it, moves it there and ends the
/// thread in its stop()); fetch() and post() are called through queued invocations. Each result goes to
/// `deliver`, called in the fetcher's thread; the engine's deliver posts it to the engine's
/// thread. Its network manager is created in its thread at the first request; deleting the fetcher
/// (as its thread finishes) aborts what is in flight.
class PageFetcher : public QObject
{
    Q_OBJECT
public:
    using Deliver = std::function<void(quint64 ticket, FetchedPage result)>;
    explicit PageFetcher(Deliver deliver);
    ~PageFetcher() override;

    /// GETs `request` and delivers the outcome under `ticket`.
    void fetch(quint64 ticket, const QNetworkRequest &request);
    /// POSTs `body` to `request` and delivers the outcome under `ticket`: the answer in `body`,
    /// whatever its status (no page is read).
    void post(quint64 ticket, const QNetworkRequest &request, const QByteArray &body);

private:
    /// Delivers `reply`'s outcome under `ticket` when it finishes; `readPage`: a 200 is a page.
    void deliverWhenFinished(QNetworkReply *reply, quint64 ticket, bool readPage);
    QNetworkAccessManager *network();

    Deliver m_deliver;
    QNetworkAccessManager *m_network = nullptr;  ///< child of this, so it lives in this thread
};

} // namespace clinic::sync
