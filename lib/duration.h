/*
 * duration.h -- the units of a duration ("30 days", "2 business days").
 *
 * The config parser reads them (rules/cfgparse.c) and the calendar
 * counts in them (validators/calendar.c); the enum lives here so the
 * calendar needs nothing from the rules floor above it.
 */
#ifndef STEWARD_DURATION_H
#define STEWARD_DURATION_H

enum cfg_unit {
	CFG_UNIT_SECOND,
	CFG_UNIT_MINUTE,
	CFG_UNIT_HOUR,
	CFG_UNIT_DAY,
	CFG_UNIT_WEEK,
	CFG_UNIT_MONTH,
	CFG_UNIT_YEAR,
	CFG_UNIT_BUSINESS_DAY
};

#endif
