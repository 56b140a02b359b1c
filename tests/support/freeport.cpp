#include "support/freeport.h"

#include <QTcpServer>

namespace clinic::test {

int freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace clinic::test
