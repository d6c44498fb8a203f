// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <memory>

namespace Portier::Test {

/// A TCP echo server on 127.0.0.1 (one thread per connection, blocking sockets): what the delay
/// proxy is checked and measured against. On end of stream from a client it echoes what is left,
/// then closes the connection.
class TcpEchoServer
{
public:
    /// Round-trip times of a ping-pong over one connection, in microseconds.
    struct RoundTrips
    {
        int rounds = 0;
        double minUs = 0;
        double medianUs = 0;
        double p99Us = 0;
        double meanUs = 0;
    };

    TcpEchoServer();
    ~TcpEchoServer(); ///< stop()s

    TcpEchoServer(const TcpEchoServer &) = delete;
    TcpEchoServer &operator=(const TcpEchoServer &) = delete;

    bool start(QString *error);
    void stop();
    quint16 port() const;

    /// Connects to 127.0.0.1:@p port and sends @p messageSize bytes, waits for them to come back,
    /// @p rounds times. Fails (rounds == 0, @p error set) when the echo differs or the connection
    /// breaks.
    static RoundTrips pingPong(quint16 port, int rounds, int messageSize, QString *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Portier::Test
