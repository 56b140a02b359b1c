#pragma once

#include <QObject>
#include <QTimer>

namespace clinic::ui {

/// Emits idle() when the user has not touched keyboard or mouse in any window of the app for
/// `timeoutMs`; any input restarts the wait. Watches the whole application through an event
/// filter. Thread: the GUI thread.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(int timeoutMs, QObject *parent = nullptr);
    ~IdleWatcher() override;

    void setTimeout(int timeoutMs);
    /// Starts (or restarts) the wait; stop() pauses it (e.g. while already locked).
    void start();
    void stop();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer{this};
};

} // namespace clinic::ui
