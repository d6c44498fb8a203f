// SPDX-License-Identifier: GPL-3.0-or-later
// Private to backends/kerberos: RAII owners for libkrb5 handles. Every operation creates its own
// krb5_context on the worker thread (a context must not be shared between threads) and every
// handle derived from it is released before the context, in reverse order of creation.
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <krb5.h>

#include <utility>

namespace Portier::Krb5 {

/// A krb5_timestamp as UTC; invalid for 0 ("not set"). libkrb5 treats the signed 32-bit value
/// as unsigned, so times after 2038 stay correct.
inline QDateTime toDateTime(krb5_timestamp t)
{
    if (t == 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(quint32(t)), QTimeZone::utc());
}

/// Owns a krb5_context created on the calling thread.
class Context
{
public:
    Context() { m_error = krb5_init_context(&m_ctx); }
    ~Context()
    {
        if (m_ctx)
            krb5_free_context(m_ctx);
    }
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;

    /// 0, or why krb5_init_context failed (e.g. a syntax error in krb5.conf).
    krb5_error_code initError() const { return m_error; }
    krb5_context get() const { return m_ctx; }
    operator krb5_context() const { return m_ctx; }

    /// krb5_get_error_message for @p code: the library's text including the extended message
    /// it recorded for the last failure on this context.
    QString errorMessage(krb5_error_code code) const
    {
        // libkrb5 accepts a null context here and then gives the plain com_err text.
        const char *msg = krb5_get_error_message(m_ctx, code);
        QString text = QString::fromUtf8(msg ? msg : "");
        krb5_free_error_message(m_ctx, msg);
        return text;
    }

private:
    krb5_context m_ctx = nullptr;
    krb5_error_code m_error = 0;
};

/// Owns one pointer-like handle that is released with Free(context, handle).
template<typename T, void (*Free)(krb5_context, T)>
class Handle
{
public:
    explicit Handle(krb5_context ctx, T value = nullptr)
        : m_ctx(ctx)
        , m_value(value)
    {}
    ~Handle() { reset(); }
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;
    Handle(Handle &&other) noexcept
        : m_ctx(other.m_ctx)
        , m_value(std::exchange(other.m_value, nullptr))
    {}

    T get() const { return m_value; }
    /// For out-parameters: releases the current value first.
    T *out()
    {
        reset();
        return &m_value;
    }
    T release() { return std::exchange(m_value, nullptr); }
    void reset(T value = nullptr)
    {
        if (m_value)
            Free(m_ctx, m_value);
        m_value = value;
    }
    explicit operator bool() const { return m_value != nullptr; }

private:
    krb5_context m_ctx;
    T m_value;
};

inline void closeCcache(krb5_context c, krb5_ccache p)
{
    krb5_cc_close(c, p);
}
inline void freePrincipal(krb5_context c, krb5_principal p)
{
    krb5_free_principal(c, p);
}
inline void closeKeytab(krb5_context c, krb5_keytab p)
{
    krb5_kt_close(c, p);
}
inline void freeCccolCursor(krb5_context c, krb5_cccol_cursor p)
{
    krb5_cccol_cursor_free(c, &p);
}
inline void freeInitCredsOpt(krb5_context c, krb5_get_init_creds_opt *p)
{
    krb5_get_init_creds_opt_free(c, p);
}
inline void freeUnparsedName(krb5_context c, char *p)
{
    krb5_free_unparsed_name(c, p);
}
inline void freeTicket(krb5_context c, krb5_ticket *p)
{
    krb5_free_ticket(c, p);
}
inline void freeString(krb5_context c, char *p)
{
    krb5_free_string(c, p);
}

using Ccache = Handle<krb5_ccache, &closeCcache>;
using Principal = Handle<krb5_principal, &freePrincipal>;
using Keytab = Handle<krb5_keytab, &closeKeytab>;
using CccolCursor = Handle<krb5_cccol_cursor, &freeCccolCursor>;
using InitCredsOpt = Handle<krb5_get_init_creds_opt *, &freeInitCredsOpt>;
using UnparsedName = Handle<char *, &freeUnparsedName>;
using Ticket = Handle<krb5_ticket *, &freeTicket>;
using String = Handle<char *, &freeString>;

/// One krb5_creds whose contents (including the session key, which is never read out) are
/// freed and wiped by krb5_free_cred_contents.
class Creds
{
public:
    explicit Creds(krb5_context ctx)
        : m_ctx(ctx)
    {}
    ~Creds() { krb5_free_cred_contents(m_ctx, &m_creds); }
    Creds(const Creds &) = delete;
    Creds &operator=(const Creds &) = delete;

    krb5_creds *get() { return &m_creds; }
    krb5_creds *operator->() { return &m_creds; }
    const krb5_creds *operator->() const { return &m_creds; }
    void clear()
    {
        krb5_free_cred_contents(m_ctx, &m_creds);
        m_creds = krb5_creds{};
    }

private:
    krb5_context m_ctx;
    krb5_creds m_creds{};
};

/// An open krb5_cc_start_seq_get cursor, closed with krb5_cc_end_seq_get.
class CcCursor
{
public:
    CcCursor(krb5_context ctx, krb5_ccache cc)
        : m_ctx(ctx)
        , m_cc(cc)
    {}
    ~CcCursor()
    {
        if (m_open)
            krb5_cc_end_seq_get(m_ctx, m_cc, &m_cursor);
    }
    CcCursor(const CcCursor &) = delete;
    CcCursor &operator=(const CcCursor &) = delete;

    krb5_error_code start()
    {
        const krb5_error_code ret = krb5_cc_start_seq_get(m_ctx, m_cc, &m_cursor);
        m_open = ret == 0;
        return ret;
    }
    krb5_error_code next(krb5_creds *creds)
    {
        return krb5_cc_next_cred(m_ctx, m_cc, &m_cursor, creds);
    }

private:
    krb5_context m_ctx;
    krb5_ccache m_cc;
    krb5_cc_cursor m_cursor = nullptr;
    bool m_open = false;
};

/// An open krb5_kt_start_seq_get cursor, closed with krb5_kt_end_seq_get.
class KtCursor
{
public:
    KtCursor(krb5_context ctx, krb5_keytab kt)
        : m_ctx(ctx)
        , m_kt(kt)
    {}
    ~KtCursor()
    {
        if (m_open)
            krb5_kt_end_seq_get(m_ctx, m_kt, &m_cursor);
    }
    KtCursor(const KtCursor &) = delete;
    KtCursor &operator=(const KtCursor &) = delete;

    krb5_error_code start()
    {
        const krb5_error_code ret = krb5_kt_start_seq_get(m_ctx, m_kt, &m_cursor);
        m_open = ret == 0;
        return ret;
    }
    krb5_error_code next(krb5_keytab_entry *entry)
    {
        return krb5_kt_next_entry(m_ctx, m_kt, entry, &m_cursor);
    }

private:
    krb5_context m_ctx;
    krb5_keytab m_kt;
    krb5_kt_cursor m_cursor = nullptr;
    bool m_open = false;
};

/// One keytab entry; the key contents are wiped and freed, never read.
class KeytabEntry
{
public:
    explicit KeytabEntry(krb5_context ctx)
        : m_ctx(ctx)
    {}
    ~KeytabEntry() { clear(); }
    KeytabEntry(const KeytabEntry &) = delete;
    KeytabEntry &operator=(const KeytabEntry &) = delete;

    krb5_keytab_entry *get() { return &m_entry; }
    krb5_keytab_entry *operator->() { return &m_entry; }
    /// Call after every successful krb5_kt_next_entry.
    void clear()
    {
        if (m_filled)
            krb5_free_keytab_entry_contents(m_ctx, &m_entry);
        m_entry = krb5_keytab_entry{};
        m_filled = false;
    }
    void markFilled() { m_filled = true; }

private:
    krb5_context m_ctx;
    krb5_keytab_entry m_entry{};
    bool m_filled = false;
};

/// The unparsed (display) form of @p principal, empty on failure.
inline QString unparse(krb5_context ctx, krb5_const_principal principal)
{
    if (!principal)
        return {};
    UnparsedName name(ctx);
    if (krb5_unparse_name(ctx, principal, name.out()) != 0 || !name)
        return {};
    return QString::fromUtf8(name.get());
}

/// "TYPE:residual" for @p cc, as klist prints it.
inline QString fullName(krb5_context ctx, krb5_ccache cc)
{
    String name(ctx);
    if (krb5_cc_get_full_name(ctx, cc, name.out()) == 0 && name)
        return QString::fromUtf8(name.get());
    return QString::fromUtf8(krb5_cc_get_type(ctx, cc)) + QLatin1Char(':') +
           QString::fromUtf8(krb5_cc_get_name(ctx, cc));
}

} // namespace Portier::Krb5
