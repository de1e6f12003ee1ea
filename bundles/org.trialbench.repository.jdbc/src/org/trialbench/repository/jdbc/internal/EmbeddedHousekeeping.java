package org.trialbench.repository.jdbc.internal;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.h2.mvstore.MVStore;

/**
 * Keeps an embedded store's file compact. H2 writes every change into new chunks of its file and relies on a
 * background thread to re-write chunks that later changes left mostly empty, so that their space is used again.
 * The embedded store runs with {@code WRITE_DELAY=0} (a commit is on disk when it returns), and that setting also
 * stops H2's background thread: without this class the file only grew, to about 18 times its live data (1.9 GB
 * for a 1,000-subject trial, 33 GB for 10,000), and the live rows were scattered over it.
 * <p>
 * In the process that hosts the database file (the first to open it; others reach it through H2's auto-server)
 * a daemon thread checks the fill rate of the file's chunks every {@value #PERIOD_MILLIS} ms and, when it is
 * below {@value #TARGET_FILL_RATE}%, re-writes the emptiest chunks, at most {@value #WRITE_LIMIT_BYTES} bytes
 * at a time, under H2's own store lock. Committed data is only moved, never changed: this is what H2's own
 * housekeeping does with its default write delay.
 */
public final class EmbeddedHousekeeping {

	/** Chunks are re-written while live data fills less than this share (percent) of them. */
	public static final int TARGET_FILL_RATE = 60;
	private static final int WRITE_LIMIT_BYTES = 16 << 20;
	private static final long PERIOD_MILLIS = 250;

	private static final Logger LOG = Logger.getLogger(EmbeddedHousekeeping.class.getName());
	private static final Map<MVStore, Boolean> WATCHED = Collections.synchronizedMap(new WeakHashMap<>());
	private static ScheduledExecutorService timer;
	private static volatile boolean unavailable;
	/** A pause of housekeeping; closing it twice ends it once. */
	public interface Pause extends AutoCloseable {
		@Override
		void close();
	}

	/** Bulk writes under way in this process: housekeeping waits for them (see {@link #pause()}). */
	private static final java.util.concurrent.atomic.AtomicInteger BULK_WRITES = new java.util.concurrent.atomic.AtomicInteger();

	/**
	 * Holds housekeeping off while one transaction writes a whole trial or a large import: the chunks it empties
	 * cannot be reused before it commits, so re-writing them meanwhile only adds to the file (a 10,000-subject load
	 * grew it to 43 GB instead of 33 GB). Closing the pause lets housekeeping go on.
	 */
	public static Pause pause() {
		BULK_WRITES.incrementAndGet();
		java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean(true);
		return () -> {
			if (open.getAndSet(false)) {
				BULK_WRITES.decrementAndGet();
			}
		};
	}

	private EmbeddedHousekeeping() {
	}

	/** Starts housekeeping of the database behind a new embedded connection, when this process hosts it. */
	static void watch(Connection connection) {
		MVStore store = hostedStore(connection);
		if (store == null) {
			return;
		}
		synchronized (EmbeddedHousekeeping.class) {
			if (WATCHED.put(store, Boolean.TRUE) != null) {
				return;
			}
			if (timer == null) {
				timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
					Thread thread = new Thread(runnable, "Trialbench embedded store housekeeping");
					thread.setDaemon(true);
					thread.setPriority(Thread.NORM_PRIORITY - 1);
					return thread;
				});
				timer.scheduleWithFixedDelay(EmbeddedHousekeeping::tidyAll, PERIOD_MILLIS, PERIOD_MILLIS,
						TimeUnit.MILLISECONDS);
			}
		}
	}

	private static void tidyAll() {
		if (BULK_WRITES.get() > 0) {
			return;
		}
		MVStore[] stores;
		synchronized (WATCHED) {
			stores = WATCHED.keySet().toArray(MVStore[]::new);
		}
		for (MVStore store : stores) {
			if (store.isClosed()) {
				WATCHED.remove(store);
				continue;
			}
			try {
				tidy(store);
			} catch (RuntimeException e) {
				// a store closed meanwhile, or a disk that is full: the commits themselves report that
				LOG.log(Level.FINE, "housekeeping of the embedded store failed; it tries again", e);
			}
		}
	}

	/**
	 * Re-writes sparse chunks until the file is as full as housekeeping keeps it, at once (after a bulk load, whose
	 * single transaction leaves most of the file empty); stops early when {@code cancelled} says so. Nothing for a
	 * connection to another process's store.
	 */
	public static void tidyFully(Connection connection, java.util.function.BooleanSupplier cancelled) {
		MVStore store = hostedStore(connection);
		while (store != null && !cancelled.getAsBoolean() && tidy(store)) {
			// each round writes at most WRITE_LIMIT_BYTES, so a cancel is honoured within a second or so
		}
	}

	/** Re-writes the emptiest chunks, a bounded amount at a time; returns whether it wrote anything. */
	static boolean tidy(MVStore store) {
		if (store.isClosed() || store.isReadOnly()) {
			return false;
		}
		if (store.getFileStore().getChunksFillRate() >= TARGET_FILL_RATE) {
			return false;
		}
		return store.compact(TARGET_FILL_RATE, WRITE_LIMIT_BYTES);
	}

	/**
	 * The H2 store behind the connection when the database runs in this process; null for a connection to another
	 * process's auto-server. H2 exports no API for this, so it is reached by reflection (JdbcConnection.getSession,
	 * SessionLocal.getDatabase, Database.getStore, Store.getMvStore); if a later H2 changes them, housekeeping is
	 * off and says so once in the log.
	 */
	static MVStore hostedStore(Connection connection) {
		if (unavailable) {
			return null;
		}
		try {
			org.h2.jdbc.JdbcConnection h2 = connection.unwrap(org.h2.jdbc.JdbcConnection.class);
			Object session = call(h2, "getSession");
			if (!session.getClass().getName().equals("org.h2.engine.SessionLocal")) {
				return null; // a client of another process's auto-server: that process keeps the file
			}
			Object database = call(session, "getDatabase");
			Object store = call(database, "getStore");
			return store == null ? null : (MVStore) call(store, "getMvStore");
		} catch (SQLException | ReflectiveOperationException | ClassCastException e) {
			unavailable = true;
			LOG.log(Level.WARNING, "Cannot reach the embedded store's H2 file to keep it compact; the file may grow "
					+ "beyond its data (H2 changed?)", e);
			return null;
		}
	}

	private static Object call(Object target, String method) throws ReflectiveOperationException {
		Method getter = target.getClass().getMethod(method);
		return getter.invoke(target);
	}
}
