#pragma once

#include "result.h"

namespace doorstep {

class Database;

// BEGIN IMMEDIATE on construction (the write lock is taken up front, so a write never fails half way
// for want of it); rolls back on scope exit unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const Status &beginStatus() const { return m_begin; }
    Status commit();

private:
    Database &m_db;
    Status m_begin;
    bool m_active = false;
};

} // namespace doorstep
