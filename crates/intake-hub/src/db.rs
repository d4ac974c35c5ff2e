//! One small interface over SQLite and PostgreSQL, so the hub's SQL is written once.
//!
//! The hub's queries stick to what both engines share (`INSERT ... ON CONFLICT DO NOTHING`, `TEXT` and
//! `BIGINT` columns, `?N` placeholders that become `$N` for PostgreSQL), and every value crosses this
//! boundary as a [`Value`]: an integer, text or NULL. Binary data (keys) is stored as hex text.
//!
//! Everything here is blocking; the server calls it from `spawn_blocking`. SQLite gets one connection behind
//! a mutex: it has one writer anyway, and one connection means no `SQLITE_BUSY` to retry. PostgreSQL gets a
//! small pool of connections, each with its own prepared-statement cache (a prepare is a network round trip).

use std::collections::HashMap;
use std::sync::{Condvar, Mutex};
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("the database URL must start with sqlite:// or postgres://")]
    BadUrl,
    #[error("SQLite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("PostgreSQL: {0}")]
    Postgres(#[from] postgres::Error),
    #[error("unexpected value in column {0}")]
    Type(usize),
    /// A value read back from the hub's own tables does not parse (a damaged key, id or timestamp).
    #[error("a stored {0} is not valid")]
    Stored(&'static str),
    #[error("the database connection pool was poisoned by a panic")]
    Poisoned,
    /// What a streamed query's rows were handed to failed (an export could not write its file).
    #[error("{0}")]
    Sink(String),
}

pub type Result<T, E = DbError> = std::result::Result<T, E>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Null,
    Int(i64),
    Text(String),
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_owned())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Self {
        v.map_or(Value::Null, Into::into)
    }
}

/// A result row, read by column index.
#[derive(Debug, Clone)]
pub struct Row(pub Vec<Value>);

impl Row {
    pub fn int(&self, i: usize) -> Result<i64> {
        match self.0.get(i) {
            Some(Value::Int(v)) => Ok(*v),
            _ => Err(DbError::Type(i)),
        }
    }
    pub fn text(&self, i: usize) -> Result<String> {
        match self.0.get(i) {
            Some(Value::Text(v)) => Ok(v.clone()),
            _ => Err(DbError::Type(i)),
        }
    }
    pub fn opt_text(&self, i: usize) -> Result<Option<String>> {
        match self.0.get(i) {
            Some(Value::Null) => Ok(None),
            _ => self.text(i).map(Some),
        }
    }
    /// The text of a column without copying it (for hot loops over many rows).
    pub fn str(&self, i: usize) -> Result<&str> {
        match self.0.get(i) {
            Some(Value::Text(v)) => Ok(v),
            _ => Err(DbError::Type(i)),
        }
    }
}

/// The statements of one transaction.
pub trait Tx {
    /// Runs a statement; returns the number of rows it changed.
    fn exec(&mut self, sql: &str, params: &[Value]) -> Result<u64>;
    /// Hands each result row to `each` as it arrives, without collecting them: reports and exports read
    /// millions of rows and must not hold them all at once.
    fn query_each(&mut self, sql: &str, params: &[Value], each: &mut dyn FnMut(Row) -> Result<()>) -> Result<()>;

    fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>> {
        let mut rows = Vec::new();
        self.query_each(sql, params, &mut |r| {
            rows.push(r);
            Ok(())
        })?;
        Ok(rows)
    }
}

pub struct Db {
    backend: Backend,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self.backend {
            Backend::Sqlite { .. } => "Db(sqlite)",
            Backend::Postgres { .. } => "Db(postgres)",
        })
    }
}

enum Backend {
    /// The writer, and a second connection for reports and exports: in WAL mode a reader sees a consistent
    /// snapshot without blocking ingest, so a long export never holds up a device's sync.
    Sqlite { writer: Mutex<rusqlite::Connection>, reader: Mutex<rusqlite::Connection> },
    Postgres { config: postgres::Config, pool: Mutex<Vec<PgConn>>, free: Condvar, open: Mutex<usize> },
}

struct PgConn {
    client: postgres::Client,
    statements: HashMap<String, postgres::Statement>,
}

/// Enough for the 2-core machines we run on; more connections only queue inside PostgreSQL.
const PG_POOL_SIZE: usize = 8;

impl Db {
    /// `sqlite://PATH` (created if missing) or `postgres://...` (a libpq-style URL).
    pub fn open(url: &str) -> Result<Db> {
        if let Some(path) = url.strip_prefix("sqlite://") {
            let conn = rusqlite::Connection::open(path)?;
            conn.pragma_update(None, "journal_mode", "WAL")?;
            // An acknowledged receipt must survive power loss: the device deletes nothing, but it will
            // never resend what the hub acknowledged.
            conn.pragma_update(None, "synchronous", "FULL")?;
            conn.busy_timeout(Duration::from_secs(30))?;
            let reader = rusqlite::Connection::open(path)?;
            reader.busy_timeout(Duration::from_secs(30))?;
            Ok(Db { backend: Backend::Sqlite { writer: Mutex::new(conn), reader: Mutex::new(reader) } })
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let config: postgres::Config = url.parse()?;
            let db = Db { backend: Backend::Postgres { config, pool: Mutex::new(Vec::new()), free: Condvar::new(), open: Mutex::new(0) } };
            // Connect once now, so a wrong URL fails at start-up rather than at the first batch.
            db.with_tx(|tx| tx.query("SELECT 1", &[]).map(drop))?;
            Ok(db)
        } else {
            Err(DbError::BadUrl)
        }
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self.backend, Backend::Postgres { .. })
    }

    /// Runs `f` in one transaction: committed if it returns `Ok`, rolled back otherwise.
    pub fn with_tx<T, E: From<DbError>>(&self, f: impl FnOnce(&mut dyn Tx) -> Result<T, E>) -> Result<T, E> {
        self.run(f, false)
    }

    /// Runs `f` in a transaction that only reads, on a consistent snapshot. On SQLite it uses the reader
    /// connection, so it neither waits for nor blocks ingest.
    pub fn with_read<T, E: From<DbError>>(&self, f: impl FnOnce(&mut dyn Tx) -> Result<T, E>) -> Result<T, E> {
        self.run(f, true)
    }

    fn run<T, E: From<DbError>>(&self, f: impl FnOnce(&mut dyn Tx) -> Result<T, E>, read_only: bool) -> Result<T, E> {
        match &self.backend {
            Backend::Sqlite { writer, reader } => {
                let mut conn = if read_only { reader } else { writer }.lock().map_err(|_| DbError::Poisoned)?;
                // IMMEDIATE: a writer takes the write lock up front, so it never has to upgrade mid-transaction.
                // DEFERRED: a reader's snapshot starts at its first read.
                let behavior =
                    if read_only { rusqlite::TransactionBehavior::Deferred } else { rusqlite::TransactionBehavior::Immediate };
                let tx = conn.transaction_with_behavior(behavior).map_err(DbError::from)?;
                let mut t = SqliteTx(&tx);
                let out = f(&mut t)?;
                tx.commit().map_err(DbError::from)?;
                Ok(out)
            }
            Backend::Postgres { config, pool, free, open } => {
                let mut conn = self.checkout(config, pool, free, open)?;
                let result = (|| {
                    let mut tx = conn.client.build_transaction();
                    if read_only {
                        tx = tx.read_only(true).isolation_level(postgres::IsolationLevel::RepeatableRead);
                    }
                    let tx = tx.start().map_err(DbError::from)?;
                    let mut t = PgTx { tx, statements: &mut conn.statements };
                    let out = f(&mut t)?;
                    t.tx.commit().map_err(DbError::from)?;
                    Ok(out)
                })();
                // A connection that broke (server restarted) is dropped rather than pooled.
                if conn.client.is_closed() {
                    if let Ok(mut n) = open.lock() {
                        *n -= 1;
                    }
                    free.notify_one();
                } else if let Ok(mut p) = pool.lock() {
                    p.push(conn);
                    free.notify_one();
                }
                result
            }
        }
    }

    fn checkout(&self, config: &postgres::Config, pool: &Mutex<Vec<PgConn>>, free: &Condvar, open: &Mutex<usize>) -> Result<PgConn> {
        let mut p = pool.lock().map_err(|_| DbError::Poisoned)?;
        loop {
            if let Some(c) = p.pop() {
                return Ok(c);
            }
            {
                let mut n = open.lock().map_err(|_| DbError::Poisoned)?;
                if *n < PG_POOL_SIZE {
                    *n += 1;
                    drop(n);
                    drop(p);
                    return match config.connect(postgres::NoTls) {
                        Ok(client) => Ok(PgConn { client, statements: HashMap::new() }),
                        Err(e) => {
                            if let Ok(mut n) = open.lock() {
                                *n -= 1;
                            }
                            Err(e.into())
                        }
                    };
                }
            }
            p = free.wait(p).map_err(|_| DbError::Poisoned)?;
        }
    }
}

struct SqliteTx<'a>(&'a rusqlite::Transaction<'a>);

fn sqlite_params(params: &[Value]) -> Vec<rusqlite::types::Value> {
    params
        .iter()
        .map(|v| match v {
            Value::Null => rusqlite::types::Value::Null,
            Value::Int(i) => rusqlite::types::Value::Integer(*i),
            Value::Text(s) => rusqlite::types::Value::Text(s.clone()),
        })
        .collect()
}

impl Tx for SqliteTx<'_> {
    fn exec(&mut self, sql: &str, params: &[Value]) -> Result<u64> {
        let mut stmt = self.0.prepare_cached(sql)?;
        Ok(stmt.execute(rusqlite::params_from_iter(sqlite_params(params)))? as u64)
    }

    fn query_each(&mut self, sql: &str, params: &[Value], each: &mut dyn FnMut(Row) -> Result<()>) -> Result<()> {
        let mut stmt = self.0.prepare_cached(sql)?;
        let n = stmt.column_count();
        let mut rows = stmt.query(rusqlite::params_from_iter(sqlite_params(params)))?;
        while let Some(r) = rows.next()? {
            let row = (0..n)
                .map(|i| {
                    Ok(match r.get_ref(i)? {
                        rusqlite::types::ValueRef::Null => Value::Null,
                        rusqlite::types::ValueRef::Integer(v) => Value::Int(v),
                        rusqlite::types::ValueRef::Real(v) => Value::Int(v as i64),
                        rusqlite::types::ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
                        rusqlite::types::ValueRef::Blob(_) => return Err(DbError::Type(i)),
                    })
                })
                .collect::<Result<Vec<_>>>()?;
            each(Row(row))?;
        }
        Ok(())
    }
}

struct PgTx<'a> {
    tx: postgres::Transaction<'a>,
    statements: &'a mut HashMap<String, postgres::Statement>,
}

/// `?1` -> `$1`. The hub's SQL has no `?` inside string literals, so a plain scan is exact.
fn to_postgres(sql: &str) -> String {
    sql.replace('?', "$")
}

impl PgTx<'_> {
    fn statement(&mut self, sql: &str) -> Result<postgres::Statement> {
        if let Some(s) = self.statements.get(sql) {
            return Ok(s.clone());
        }
        let s = self.tx.prepare(&to_postgres(sql))?;
        self.statements.insert(sql.to_owned(), s.clone());
        Ok(s)
    }
}

impl postgres::types::ToSql for Value {
    fn to_sql(
        &self,
        ty: &postgres::types::Type,
        out: &mut postgres::types::private::BytesMut,
    ) -> std::result::Result<postgres::types::IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match self {
            Value::Null => Ok(postgres::types::IsNull::Yes),
            Value::Int(i) if *ty == postgres::types::Type::INT4 => i32::try_from(*i)?.to_sql(ty, out),
            Value::Int(i) => i.to_sql(ty, out),
            Value::Text(s) => s.to_sql(ty, out),
        }
    }

    fn accepts(ty: &postgres::types::Type) -> bool {
        use postgres::types::Type;
        [Type::INT8, Type::INT4, Type::TEXT, Type::VARCHAR].contains(ty)
    }

    postgres::types::to_sql_checked!();
}

impl Tx for PgTx<'_> {
    fn exec(&mut self, sql: &str, params: &[Value]) -> Result<u64> {
        let stmt = self.statement(sql)?;
        let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = params.iter().map(|p| p as _).collect();
        Ok(self.tx.execute(&stmt, &refs)?)
    }

    fn query_each(&mut self, sql: &str, params: &[Value], each: &mut dyn FnMut(Row) -> Result<()>) -> Result<()> {
        use postgres::fallible_iterator::FallibleIterator;
        let stmt = self.statement(sql)?;
        // query_raw streams rows from the socket as the caller consumes them.
        let mut rows = self.tx.query_raw(&stmt, params.iter().map(|p| p as &dyn postgres::types::ToSql))?;
        while let Some(r) = rows.next()? {
            each(pg_row(&r)?)?;
        }
        Ok(())
    }
}

fn pg_row(r: &postgres::Row) -> Result<Row> {
    use postgres::types::Type;
    (0..r.len())
        .map(|i| {
            let ty = r.columns()[i].type_();
            Ok(if *ty == Type::INT8 {
                r.get::<_, Option<i64>>(i).map_or(Value::Null, Value::Int)
            } else if *ty == Type::INT4 {
                r.get::<_, Option<i32>>(i).map_or(Value::Null, |v| Value::Int(v.into()))
            } else if *ty == Type::TEXT || *ty == Type::VARCHAR {
                r.get::<_, Option<String>>(i).map_or(Value::Null, Value::Text)
            } else {
                return Err(DbError::Type(i));
            })
        })
        .collect::<Result<Vec<_>>>()
        .map(Row)
}
