import * as z from "zod/mini";
import { DATE_PARAM, dateParam, YEAR_PARAM } from "../time/year-param";
import { momentLabel } from "../time/moment";
import type { ViewContext } from "./view-context";
import { clip } from "./clip";

const YearParamSchema = z.pipe(z.string().check(z.regex(YEAR_PARAM)), z.transform(Number));
const DateParamSchema = z.string().check(z.regex(DATE_PARAM));

/** What the URL asks of time: a year (null: none asked), and a month of it (null: the whole year). */
export interface RequestedTime {
  year: number | null;
  month: number | null;
}

/**
 * `date=2001-10` (a month) or `date=2001`, else `year=2001`, as older links say. A bad or
 * out-of-range value gets a notice and the default year.
 */
export function parseTimeParams(params: URLSearchParams, context: ViewContext, notices: string[]): RequestedTime {
  const date = params.get("date");
  if (date !== null && date !== "") {
    const parsed = DateParamSchema.safeParse(date);
    const moment = parsed.success ? dateParam(parsed.data) : null;
    if (moment === null) {
      notices.push(`“${clip(date)}” is not a date (a year, 2001, or a month, 2001-10); showing ${context.defaultYear}.`);
      return { year: null, month: null };
    }
    if (!inRange(moment.year, context, notices, momentLabel(moment))) return { year: null, month: null };
    return moment;
  }
  const raw = params.get("year");
  if (raw === null || raw === "") return { year: null, month: null };
  const parsed = YearParamSchema.safeParse(raw);
  if (!parsed.success) {
    notices.push(`“${clip(raw)}” is not a year; showing ${context.defaultYear}.`);
    return { year: null, month: null };
  }
  return { year: inRange(parsed.data, context, notices, String(parsed.data)) ? parsed.data : null, month: null };
}

function inRange(year: number, context: ViewContext, notices: string[], asked: string): boolean {
  const { first, last } = context.years;
  if (year >= first && year <= last) return true;
  notices.push(`The data covers ${first}–${last}, not ${asked}; showing ${context.defaultYear}.`);
  return false;
}
