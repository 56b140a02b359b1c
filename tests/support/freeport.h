#pragma once

namespace clinic::test {

/// A loopback TCP port that was free a moment ago (for a process that must keep one port across
/// restarts; prefer `--port 0` where the port may change).
int freeLoopbackPort();

} // namespace clinic::test
