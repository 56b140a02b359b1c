// The page fetcher on its own thread against an HTTP listener in this process.
#include "clinic/server/httplistener.h"
#include "clinic/sync/pagefetcher.h"

#include <QHostAddress>
#include <QNetworkRequest>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <gtest/gtest.h>

#include <map>
#include <mutex>
#include <optional>

using namespace clinic;

namespace {

/// A fetcher on its own thread, as the engine runs it, collecting what it delivers.
class FetcherOnThread
{
public:
    FetcherOnThread()
    {
        m_fetcher = new sync::PageFetcher([this](quint64 ticket, sync::FetchedPage result) {
            EXPECT_EQ(QThread::currentThread(), &m_thread) << "read on the fetcher's thread";
            std::lock_guard lock(m_mutex);
            m_results[ticket] = std::move(result);
        });
        m_fetcher->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_fetcher, &QObject::deleteLater);
        m_thread.start();
    }
    ~FetcherOnThread()
    {
        m_thread.quit();
        m_thread.wait();
    }
    FetcherOnThread(const FetcherOnThread &) = delete;
    FetcherOnThread &operator=(const FetcherOnThread &) = delete;

    void fetch(quint64 ticket, const QUrl &url)
    {
        QMetaObject::invokeMethod(m_fetcher, [f = m_fetcher, ticket, url] { f->fetch(ticket, QNetworkRequest(url)); }, Qt::QueuedConnection);
    }
    void post(quint64 ticket, const QUrl &url, const QByteArray &body)
    {
        QMetaObject::invokeMethod(m_fetcher, [f = m_fetcher, ticket, url, body] { f->post(ticket, QNetworkRequest(url), body); }, Qt::QueuedConnection);
    }
    std::optional<sync::FetchedPage> result(quint64 ticket)
    {
        std::optional<sync::FetchedPage> found;
        (void)QTest::qWaitFor([&] {
            std::lock_guard lock(m_mutex);
            if (const auto it = m_results.find(ticket); it != m_results.end())
                found = it->second;
            return found.has_value();
        }, 10000);
        return found;
    }

private:
    QThread m_thread;
    sync::PageFetcher *m_fetcher = nullptr;
    std::mutex m_mutex;
    std::map<quint64, sync::FetchedPage> m_results;
};

} // namespace

TEST(PageFetcherTest, deliversPagesReadOnItsThreadAndErrorsAndDropsWhatIsInFlightWhenItsThreadEnds)
{
    server::HttpListener::Responder waiting;
    server::HttpListener listener(
        [&](server::HttpRequest request, server::HttpListener::Responder respond) {
            if (request.path == QByteArrayLiteral("/page"))
                return respond(200, "application/json", R"({"changes":[{"table":"patients","cloudId":3,"fields":{"city":"Pune"}}],"next":3,"hasMore":true})", {});
            if (request.path == QByteArrayLiteral("/broken"))
                return respond(200, "application/json", R"({"changes":[{"table":"patients")", {});
            if (request.path == QByteArrayLiteral("/busy"))
                return respond(503, "application/json", R"({"error":{"code":"busy","message":"Try later."}})", {{"Retry-After", "7"}});
            waiting = respond;  // never answered: the test aborts it
        },
        1 << 20);
    ASSERT_TRUE(listener.listen(QHostAddress::LocalHost, 0));
    const auto url = [&](const char *path) { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(listener.serverPort()).arg(QLatin1String(path))); };

    std::optional<FetcherOnThread> fetcher;
    fetcher.emplace();
    fetcher->fetch(1, url("/page"));
    const auto page = fetcher->result(1);
    ASSERT_TRUE(page.has_value());
    EXPECT_EQ(page->status, 200);
    ASSERT_TRUE(page->page);
    EXPECT_EQ(page->page->next, 3);
    EXPECT_TRUE(page->page->hasMore);
    ASSERT_EQ(page->page->changes.size(), 1u);
    EXPECT_EQ(page->page->changes[0].cloudId, 3);

    fetcher->fetch(2, url("/broken"));
    const auto broken = fetcher->result(2);
    ASSERT_TRUE(broken.has_value());
    EXPECT_EQ(broken->status, 200);
    EXPECT_FALSE(broken->page);
    EXPECT_TRUE(broken->unreadable.has_value()) << "a cut body is refused, not half applied";

    fetcher->fetch(3, url("/busy"));
    const auto busy = fetcher->result(3);
    ASSERT_TRUE(busy.has_value());
    EXPECT_EQ(busy->status, 503);
    EXPECT_EQ(busy->retryAfterSeconds, 7);
    EXPECT_TRUE(busy->body.contains("Try later."));

    // Ending the fetcher's thread (as the engine's stop() does) aborts a fetch in flight: the
    // client side of the connection closes instead of waiting for an answer.
    fetcher->fetch(4, url("/hang"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return bool(waiting); }, 10000));
    EXPECT_EQ(listener.connectionCount(), 1);
    fetcher.reset();
    EXPECT_TRUE(QTest::qWaitFor([&] { return listener.connectionCount() == 0; }, 10000)) << "the waiting request was dropped";
}

TEST(PageFetcherTest, postsABodyWholeAndDeliversTheAnswerAsItCameWithoutReadingAPage)
{
    // What the sync engine sends its pushes through: the body arrives whole, a 200's body is the
    // push answer (not a page), an error keeps its status, body and Retry-After.
    server::HttpListener listener(
        [&](server::HttpRequest request, server::HttpListener::Responder respond) {
            if (request.method != QByteArrayLiteral("POST"))
                return respond(405, "application/json", "{}", {});
            if (request.path == QByteArrayLiteral("/push"))
                return respond(200, "application/json", "{\"bytes\":" + QByteArray::number(request.body.size()) + ",\"last\":\"" + request.body.right(3) + "\"}", {});
            respond(413, "application/json", R"({"error":{"code":"body_too_large","message":"The body is too large."}})", {{"Retry-After", "2"}});
        },
        1 << 20);
    ASSERT_TRUE(listener.listen(QHostAddress::LocalHost, 0));
    const auto url = [&](const char *path) { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(listener.serverPort()).arg(QLatin1String(path))); };

    FetcherOnThread fetcher;
    const QByteArray body = QByteArray(300'000, 'x') + "end";  // larger than one socket write
    fetcher.post(1, url("/push"), body);
    const auto answer = fetcher.result(1);
    ASSERT_TRUE(answer.has_value());
    EXPECT_EQ(answer->status, 200);
    EXPECT_FALSE(answer->page);
    EXPECT_FALSE(answer->unreadable.has_value()) << "a push answer is not read as a page";
    EXPECT_EQ(answer->body, QByteArrayLiteral("{\"bytes\":300003,\"last\":\"end\"}"));

    fetcher.post(2, url("/too-large"), body);
    const auto refused = fetcher.result(2);
    ASSERT_TRUE(refused.has_value());
    EXPECT_EQ(refused->status, 413);
    EXPECT_EQ(refused->retryAfterSeconds, 2);
    EXPECT_TRUE(refused->body.contains("body_too_large"));
}
