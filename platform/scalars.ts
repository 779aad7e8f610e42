import { GraphQLError, GraphQLScalarType } from 'graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';

/** JavaScript's calendar has a year 0, PostgreSQL's (and history's) does not. */
function inCalendar(date: string): string {
  if (date.startsWith('0000-')) throw new GraphQLError(`Value is not a valid LocalDate: ${date} (there is no year 0)`);
  return date;
}

/** A calendar date without time or zone, as 'YYYY-MM-DD'. */
export const LocalDate = new GraphQLScalarType<string, string>({
  ...LocalDateResolver.toConfig(),
  parseValue: (value) => inCalendar(LocalDateResolver.parseValue(value)),
  parseLiteral: (ast, variables) => inCalendar(LocalDateResolver.parseLiteral(ast, variables)),
});

/** A moment, as an ISO 8601 date and time with its offset. */
export const DateTimeISO = DateTimeISOResolver;

/** Every custom scalar of the hub's schema: the gateway parses callers' values with these too. */
export const hubScalars = [LocalDate, DateTimeISO];
