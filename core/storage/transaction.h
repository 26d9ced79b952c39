#pragma once

#include "result.h"

namespace doorstep {

class Database;

// BEGIN IMMEDIATE on construction (the write lock is taken up front, so a write never fails half way
// for want of it); rolls back on scope exit unless commit() succeeded.
//
// Inside another transaction on the same connection it is a SAVEPOINT instead: a write that keeps its
// own promise (all or nothing) can then also be one step of a larger write that keeps the same promise
// (RecordStore::together). Its rollback undoes only its own step; only the outermost commit makes
// anything durable.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool isNested() const { return m_nested; }
    const Status &beginStatus() const { return m_begin; }
    Status commit();

private:
    Database &m_db;
    bool m_nested;
    Status m_begin;
    bool m_active = false;
};

} // namespace doorstep
