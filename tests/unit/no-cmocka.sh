#!/bin/sh
# no-cmocka.sh -- in TESTS instead of the unit tests when configure did not
# find cmocka, so that their absence shows as a skip with its reason.
echo "1..0 # SKIP cmocka not found by configure: no unit test was built (apt-get install libcmocka-dev)"
