/**
 * An instant as the clocks of one time zone read it, in the shape of a `Temporal.ZonedDateTime`
 * as far as ical-generator looks at one. ical-generator writes a `Date` with a TZID in the
 * *machine's* zone (the same feed would then give other times on another machine); a Temporal
 * value it writes field by field. Temporal is not everywhere yet (Node 20, Safari), so this is
 * the small part of it that is needed, computed with `Intl` through the feed's time helpers.
 */
import type { ICalTemporalInstantStub, ICalTemporalPlainDateTimeStub, ICalTemporalZonedDateTimeStub } from 'ical-generator';
import { zonedParts } from '../feed/time.js';

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

export class ZonedWallTime implements ICalTemporalZonedDateTimeStub {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;

  constructor(
    readonly epochMilliseconds: number,
    readonly timeZoneId: string,
  ) {
    const parts = zonedParts(epochMilliseconds, timeZoneId);
    this.year = parts.year;
    this.month = parts.month;
    this.day = parts.day;
    this.hour = parts.hour;
    this.minute = parts.minute;
    this.second = parts.second;
  }

  withTimeZone(timeZone: string): ZonedWallTime {
    return timeZone === this.timeZoneId ? this : new ZonedWallTime(this.epochMilliseconds, timeZone);
  }

  toInstant(): ICalTemporalInstantStub {
    const instant: ICalTemporalInstantStub = {
      epochMilliseconds: this.epochMilliseconds,
      toJSON: () => new Date(this.epochMilliseconds).toISOString(),
      toString: () => new Date(this.epochMilliseconds).toISOString(),
      toZonedDateTimeISO: (timeZone: string) => new ZonedWallTime(this.epochMilliseconds, timeZone),
    };
    return instant;
  }

  toPlainDateTime(): ICalTemporalPlainDateTimeStub {
    const { year, month, day, hour, minute, second } = this;
    const text = this.plainText();
    const date = { year, month, day, toJSON: () => text.slice(0, 10), toString: () => text.slice(0, 10) };
    return {
      year,
      month,
      day,
      hour,
      minute,
      second,
      toJSON: () => text,
      toString: () => text,
      toPlainDate: () => date,
      toZonedDateTime: (timeZone: string) => {
        if (timeZone !== this.timeZoneId) throw new Error('ZonedWallTime: a plain time can only go back to its own zone');
        return this;
      },
    };
  }

  /** `2026-11-07T11:00:00`, the wall-clock reading. */
  private plainText(): string {
    return `${pad(this.year, 4)}-${pad(this.month)}-${pad(this.day)}T${pad(this.hour)}:${pad(this.minute)}:${pad(this.second)}`;
  }

  toJSON(): string {
    return `${this.plainText()}[${this.timeZoneId}]`;
  }

  toString(): string {
    return this.toJSON();
  }
}
