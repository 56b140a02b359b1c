#include "clinic/sync/pagefetcher.h"

#include "clinic/log/logging.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <spdlog/spdlog.h>

namespace clinic::sync {
namespace {

const auto &log()
{
    static const auto logger = clinic::log::logger("clinic.sync.fetcher");
    return logger;
}

} // namespace

PageFetcher::PageFetcher(Deliver deliver) : m_deliver(std::move(deliver))
{
}

PageFetcher::~PageFetcher() = default;

QNetworkAccessManager *PageFetcher::network()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    return m_network;
}

void PageFetcher::fetch(quint64 ticket, const QNetworkRequest &request)
{
    deliverWhenFinished(network()->get(request), ticket, true);
}

void PageFetcher::post(quint64 ticket, const QNetworkRequest &request, const QByteArray &body)
{
    deliverWhenFinished(network()->post(request, body), ticket, false);
}

void PageFetcher::deliverWhenFinished(QNetworkReply *reply, quint64 ticket, bool readPage)
{
    QElapsedTimer sent;
    sent.start();
    connect(reply, &QNetworkReply::finished, this, [this, reply, ticket, readPage, sent] {
        const double answeredMs = double(sent.nsecsElapsed()) / 1e6;
        reply->deleteLater();
        FetchedPage result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.errorString = reply->errorString();
        result.retryAfterSeconds = reply->rawHeader("Retry-After").toInt();
        QByteArray body = reply->readAll();
        if (readPage && result.status == 200) {
            auto page = PulledPage::parse(body);
            if (page)
                result.page = std::make_shared<const PulledPage>(std::move(page).value());
            else
                result.unreadable = page.error();
            log()->debug("page of {} bytes answered in {:.1f} ms, read in {:.1f} ms", body.size(), answeredMs,
                         double(sent.nsecsElapsed()) / 1e6 - answeredMs);
        } else {
            result.body = std::move(body);
        }
        m_deliver(ticket, std::move(result));
    });
}

} // namespace clinic::sync
