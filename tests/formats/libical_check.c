/* Independent iCalendar check with libical (the engine behind Evolution and KDE).
 *
 * Build (the test driver does this in a temp dir, not via CMake):
 *   cc -O1 -Wall -o libical_check libical_check.c $(pkg-config --cflags --libs libical)
 * Usage: libical_check FILE.ics
 *
 * Parses the whole file with icalparser_parse_string(), runs
 * icalrestriction_check() (RFC 5545/5546 cardinality rules; it adds X-LIC-ERROR
 * properties), then walks every component and counts ICAL_XLICERROR_PROPERTY
 * (parse errors are reported that way too). Prints each distinct error once.
 * Exit 0 = no error, 1 = errors (or no VCALENDAR / no parse), 2 = usage/I/O error.
 */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SEEN 256

static char *seen[MAX_SEEN];
static int n_seen;
static int n_errors;
static int n_events;

static void report(const char *path, icalcomponent *comp, icalproperty *prop) {
    const char *kind = icalcomponent_kind_to_string(icalcomponent_isa(comp));
    const char *msg = icalproperty_get_xlicerror(prop);
    char line[2048];
    snprintf(line, sizeof line, "%s: %s", kind ? kind : "?", msg ? msg : "(no message)");
    n_errors++;
    for (int i = 0; i < n_seen; i++) {
        if (strcmp(seen[i], line) == 0) return; /* libical repeats some errors */
    }
    if (n_seen < MAX_SEEN) seen[n_seen++] = strdup(line);
    printf("%s: ERROR %s\n", path, line);
}

static void walk(const char *path, icalcomponent *comp) {
    if (icalcomponent_isa(comp) == ICAL_VEVENT_COMPONENT) n_events++;
    for (icalproperty *p = icalcomponent_get_first_property(comp, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(comp, ICAL_XLICERROR_PROPERTY)) {
        report(path, comp, p);
    }
    for (icalcomponent *c = icalcomponent_get_first_component(comp, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(comp, ICAL_ANY_COMPONENT)) {
        walk(path, c);
    }
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s FILE.ics\n", argv[0]);
        return 2;
    }
    const char *path = argv[1];
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return 2;
    }
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap + 1);
    size_t got;
    while (buf && (got = fread(buf + len, 1, cap - len, f)) > 0) {
        len += got;
        if (len == cap) {
            cap *= 2;
            buf = realloc(buf, cap + 1);
        }
    }
    fclose(f);
    if (!buf) {
        fprintf(stderr, "%s: out of memory\n", path);
        return 2;
    }
    buf[len] = '\0';
    if (strlen(buf) != len) {
        printf("%s: ERROR file contains a NUL byte\n", path);
        return 1;
    }

    icalerror_set_errors_are_fatal(0);
    icalcomponent *root = icalparser_parse_string(buf);
    free(buf);
    if (!root) {
        printf("%s: ERROR libical could not parse the file (%s)\n", path,
               icalerror_strerror(icalerrno));
        return 1;
    }
    if (icalcomponent_isa(root) != ICAL_VCALENDAR_COMPONENT) {
        const char *k = icalcomponent_kind_to_string(icalcomponent_isa(root));
        printf("%s: ERROR top-level component is %s, not VCALENDAR\n", path, k ? k : "?");
        icalcomponent_free(root);
        return 1;
    }
    icalrestriction_check(root);
    walk(path, root);
    icalcomponent_free(root);
    if (n_errors) {
        printf("%s: %d libical error(s)\n", path, n_errors);
        return 1;
    }
    printf("%s: ok (%d events)\n", path, n_events);
    return 0;
}
