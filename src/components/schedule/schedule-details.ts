/**
 * The details of one activity, opened from its block in the timetable or its item in the
 * day list: when and where, for whom, in which language, who leads it, what it costs, how to
 * register, the next date it takes place, the sessions it skips, and "add to calendar".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { nextSession, type Session } from '../../feed/recurrence.js';
import type { Activity, Feed } from '../../feed/schema.js';
import { zonedDate } from '../../feed/zoned-time.js';
import { formatDateRange, formatInstantRange } from '../../i18n/dates.js';
import type { Locale } from '../../i18n/locales.js';
import { msg, str } from '../../i18n/msg.js';
import type { ScheduleViewHost } from './schedule-view-host.js';
import { renderAddToCalendar } from '../../presentation/add-to-calendar.js';
import { headingLevel } from '../../presentation/heading.js';
import { priceLabel } from '../../presentation/price.js';
import { renderAddressLines, renderDirections, renderPrice } from '../../presentation/templates.js';
import { audienceLabel, languagesLabel, shortDate, weekdaysLabel } from './schedule-labels.js';
import { feedIndex } from '../../feed/feed-index.js';

export { scheduleDetailsStyles as styles } from './schedule-details.styles.js';

/** How many of the coming skipped dates are listed. */
const MAX_EXCEPTIONS_LISTED = 4;

const SEASON_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

function seasonLabel(locale: Locale, activity: Activity): string | undefined {
  const { seasonStart: start, seasonEnd: end } = activity;
  if (start && end) return msg(str`Season ${formatDateRange(locale, start, end, SEASON_DATE)}`, { id: 'schedule.season', desc: 'When the activity runs; the placeholder is a date range.' });
  if (start) return msg(str`From ${formatDateRange(locale, start, start, SEASON_DATE)}`, { id: 'schedule.season-from', desc: 'Season with a start only; the placeholder is a date.' });
  if (end) return msg(str`Until ${formatDateRange(locale, end, end, SEASON_DATE)}`, { id: 'schedule.season-until', desc: 'Season with an end only; the placeholder is a date.' });
  return undefined;
}

/** The "next: Tue 8 Dec, 18:00–19:30" line, or that the season is over. */
export function nextLabel(context: ScheduleViewHost, activity: Activity, timeZone: string): string {
  const next = nextSession(activity, context.now, timeZone);
  if (!next) return msg('No more sessions this season', { id: 'schedule.next-none', desc: 'The activity has no coming session.' });
  const when = `${shortDate(context.locale, next.date)}, ${formatInstantRange(context.locale, next.start, next.end, timeZone, false)}`;
  return msg(str`Next: ${when}`, { id: 'schedule.next', desc: 'The next date the activity takes place; the placeholder is a date and time like "Tue 8 Dec, 18:00–19:30".' });
}

const row = (term: string, value: unknown) => html`<div class="facts__row"><dt>${term}</dt><dd>${value}</dd></div>`;

/** The details of the activity of `session`, with `id` for the button's `aria-controls`. */
export function renderDetails(context: ScheduleViewHost, feed: Feed, session: Session, id: string): TemplateResult {
  const { activity } = session;
  const { locale } = context;
  const category = (activity.category === undefined ? undefined : feedIndex(feed).categories.get(activity.category));
  const location = (activity.location === undefined ? undefined : feedIndex(feed).locations.get(activity.location));
  const registration = context.url(activity.registration);
  const moreInfo = context.url(activity.url);
  const placeUrl = context.url(location?.url);
  const today = zonedDate(context.now, feed.timeZone);
  const skipped = (activity.exceptions ?? []).filter((exception) => exception.date >= today).sort((a, b) => (a.date < b.date ? -1 : 1));
  const title = context.text(activity.title);
  const season = seasonLabel(locale, activity);
  const times = formatInstantRange(locale, session.start, session.end, feed.timeZone, false);
  return html`<section class="details" part="details" id=${id} aria-labelledby="${id}-title">
    <div class="details__header">
      <div role="heading" aria-level=${headingLevel(context.headingLevel, context.narrow ? 1 : 0)} class="details__title" id="${id}-title" tabindex="-1">${context.renderText(activity.title)}</div>
      <button type="button" class="button button--secondary details__close" part="close" @click=${() => context.closeDetails()}>
        ${msg('Close', { id: 'schedule.close', desc: 'Button that closes the activity details.' })}
      </button>
    </div>
    <p class="details__next" part="next">${nextLabel(context, activity, feed.timeZone)}</p>
    ${session.exception
      ? html`<p class="details__cancelled status-word">
          ${msg(str`No session on ${shortDate(locale, session.date)}`, { id: 'schedule.no-session-on', desc: 'The session of the day chosen is cancelled; the placeholder is a date.' })}${session.exception.note
            ? html`<span class="note">${context.renderText(session.exception.note)}</span>`
            : nothing}
        </p>`
      : nothing}
    ${activity.description ? html`<p class="details__description">${context.renderText(activity.description)}</p>` : nothing}
    <dl class="facts" part="facts">
      ${row(msg('When', { id: 'schedule.when', desc: 'Label of the weekdays and times of an activity.' }), html`${weekdaysLabel(locale, activity)}, ${times}${season ? html`<br /><span class="muted">${season}</span>` : nothing}`)}
      ${location
        ? row(
            msg('Where', { id: 'schedule.where', desc: 'Label of the place of an activity.' }),
            html`${placeUrl ? html`<a href=${placeUrl}>${context.renderText(location.name)}</a>` : context.renderText(location.name)}
            ${location.address ? html`<br /><span class="address">${renderAddressLines(location.address, context.locale)}</span>` : nothing}
            ${location.directions ? html`<br /><span class="muted">${context.renderText(location.directions)}</span>` : nothing}
            ${renderDirections(location, context.text(location.name))}`,
          )
        : nothing}
      ${activity.audience?.length ? row(msg('For', { id: 'schedule.for', desc: 'Label of who an activity is for (children, adults…).' }), activity.audience.map(audienceLabel).join(', ')) : nothing}
      ${activity.languages?.length ? row(msg('Language', { id: 'schedule.language', desc: 'Label of the language(s) an activity is held in.' }), languagesLabel(locale, activity.languages)) : nothing}
      ${activity.leader ? row(msg('Leader', { id: 'schedule.leader', desc: 'Label of the person who leads an activity.' }), context.renderText(activity.leader)) : nothing}
      ${activity.price
        ? row(
            priceLabel(),
            renderPrice(locale, activity.price, (text) => context.renderText(text)),
          )
        : nothing}
      ${category ? row(msg('Category', { id: 'schedule.category', desc: 'Label of the category of an activity.' }), context.renderText(category.name)) : nothing}
      ${skipped.length
        ? row(
            msg('No sessions on', { id: 'schedule.skipped', desc: 'Label of the coming dates on which an activity does not take place (holidays).' }),
            html`<ul class="skipped">
              ${skipped.slice(0, MAX_EXCEPTIONS_LISTED).map(
                (exception) => html`<li>${shortDate(locale, exception.date)}${exception.note ? html`<span class="muted note">${context.renderText(exception.note)}</span>` : nothing}</li>`,
              )}
            </ul>`,
          )
        : nothing}
    </dl>
    <div class="details__actions">
      ${registration
        ? html`<a class="button" part="register" href=${registration} rel="noopener"
            >${msg(str`Register for ${title}`, { id: 'schedule.register', desc: 'Link to the registration form of an activity; the placeholder is its name.' })}</a
          >`
        : nothing}
      ${moreInfo ? html`<a class="button button--secondary" part="more-link" href=${moreInfo}>${msg('More information', { id: 'schedule.more', desc: 'Link to the page of an activity.' })}</a>` : nothing}
      ${renderAddToCalendar(context, { activityId: activity.id }, { title, load: 'now' })}
    </div>
  </section>`;
}
