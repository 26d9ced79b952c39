#pragma once

#include "result.h"

namespace doorstep {

class Database;

// A first sync into an empty store writes its records without the record tables' secondary indexes,
// and builds them once at the end. Kept up row by row, random ids and times dirtied pages all over
// each index in every page's commit, and each dirty page was written whole to the log and again to
// the file: building them afterwards cut the bytes a 100,000-record first sync wrote by 30% and the
// writing thread's CPU by a fifth to a third (bench_sync_initial). Primary keys and unique indexes stay, so lookups by
// id and every constraint work throughout; queries by person or date scan meanwhile, and still answer the same.
//
// Which indexes were set aside is kept in the store's meta table in the same transaction that drops
// them, so a first sync cut short by a crash gets them back when the store next opens (restore()), and
// one whose build at the end failed (a full disk) gets them at the next sync.
class DeferredIndexes
{
public:
    // Drops the secondary indexes of the record tables, remembering them, if every record table is
    // empty; otherwise (or when they are set aside already) changes nothing. Returns whether they are
    // set aside now.
    static Result<bool> deferIfEmpty(Database &db);
    // Builds again every index set aside, all in one transaction; nothing to do when none are.
    static Status restore(Database &db);
    // How many indexes are set aside now (for tests).
    static Result<int> deferredCount(Database &db);
};

} // namespace doorstep
