/*
 * listen.h -- LISTEN for the change trigger's notifications on the event
 * loop, with a non-blocking libpq connection of its own.
 */
#ifndef STEWARD_LISTEN_H
#define STEWARD_LISTEN_H

struct event_base;
struct conf;
struct listener;

/* A notified key (never NULL or empty). */
typedef void	(*listen_key_fn)(void *, const char *);
/*
 * The LISTEN is in force (up 1) or lost (0).  Notifications sent while
 * it was lost are gone: on up after a loss, catch up some other way.
 */
typedef void	(*listen_state_fn)(void *, int);

/*
 * *cfp is read whenever a connection is started, so a reload takes effect
 * at the next reconnection; everything runs on base's thread.
 */
struct listener	*listener_new(struct event_base *, struct conf *const *,
		    listen_key_fn, listen_state_fn, void *);
/* LISTEN on channel (copied), reconnecting as needed; NULL stops. */
void		 listener_set(struct listener *, const char *);
int		 listener_up(const struct listener *);
void		 listener_free(struct listener *);

#endif
