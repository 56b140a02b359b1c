#include "clinic/sync/pagefetcher.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace clinic::sync {

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
    connect(reply, &QNetworkReply::finished, this, [this, reply, ticket, readPage] {
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
        } else {
            result.body = std::move(body);
        }
        m_deliver(ticket, std::move(result));
    });
}

} // namespace clinic::sync
