import { isUUID, registerDecorator, validate, ValidationError, ValidationOptions } from 'class-validator';
import { getNamedType } from 'graphql';
import { ResolverData, ValidatorFn } from 'type-graphql';
import { badUserInput } from './errors';

const flemishDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Brussels' });

/** The date in Flanders this many days from now, as 'YYYY-MM-DD'. */
export const inDays = (days: number): string => flemishDate.format(new Date(Date.now() + days * 86_400_000));

/** Today's date in Flanders, as 'YYYY-MM-DD'. */
export const today = (): string => inDays(0);

/** A class-validator constraint comparing a date (YYYY-MM-DD, or absent) with today. */
function comparedWithToday(name: string, holds: (date: string, now: string) => boolean, message: (property: string) => string) {
  return (options?: ValidationOptions) => (object: object, propertyName: string) =>
    registerDecorator({
      name,
      target: object.constructor,
      propertyName,
      options: { message: message(propertyName), ...options },
      validator: { validate: (value: unknown) => value == null || (typeof value === 'string' && holds(value, today())) },
    });
}

/** A date of something that happened: not after today. */
export const IsNotInFuture = comparedWithToday('isNotInFuture', (date, now) => date <= now, (property) => `${property} is a past event: it cannot be after today`);

/** A date something is planned for: not before today. */
export const IsNotInPast = comparedWithToday('isNotInPast', (date, now) => date >= now, (property) => `${property} is planned: it cannot be before today`);

/** The first failed constraint, with the path of the input field that failed (e.g. input.persons.1.birthDate). */
function firstFailure(errors: ValidationError[], path: string[]): { field: string; message: string } | undefined {
  for (const error of errors) {
    const here = [...path, error.property];
    if (error.constraints) return { field: here.join('.'), message: Object.values(error.constraints)[0] };
    const nested = firstFailure(error.children ?? [], here);
    if (nested) return nested;
  }
  return undefined;
}

/** The path to the first text holding a NUL character, which PostgreSQL cannot store (e.g. ['persons', 0, 'givenName']). */
function nulAt(value: unknown, path: (string | number)[] = []): (string | number)[] | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = nulAt(item, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return undefined;
}

/** The argument a value was given for: a scalar by its value, an input object by its type. */
function argumentOf(value: unknown, type: Parameters<ValidatorFn>[1], { info, args }: ResolverData): string {
  if (value === null || typeof value !== 'object') return Object.keys(args).find((name) => args[name] === value) ?? 'input';
  const typeName = typeof type === 'function' ? type.name : undefined;
  return info.parentType.getFields()[info.fieldName]?.args.find((arg) => getNamedType(arg.type).name === typeName)?.name ?? 'input';
}

/**
 * The validation of every input argument of every subgraph (type-graphql's validateFn): no text
 * with a NUL character, and class-validator's constraints on the input classes; the first failure
 * becomes BAD_USER_INPUT naming the offending field, before anything is read or written.
 */
export const validateInput: ValidatorFn = async (value, type, resolverData) => {
  const argument = argumentOf(value, type, resolverData);
  const nul = nulAt(value);
  if (nul) {
    const field = [argument, ...nul].join('.');
    throw badUserInput(`${field} holds a NUL character, which no text may hold`, field);
  }
  if (value === null || typeof value !== 'object') return;
  const items = Array.isArray(value) ? value : [value];
  for (const item of items) {
    const failure = firstFailure(await validate(item, { forbidUnknownValues: false, validationError: { target: false, value: false } }), [argument]);
    if (failure) throw badUserInput(failure.message, failure.field);
  }
};

/**
 * The options of an ID argument that is a UUID: anything else is BAD_USER_INPUT naming it, before
 * any SQL (PostgreSQL would refuse it), and before the record's existence is looked up.
 */
export const uuidArgument = (name: string, what: string): { validateFn: ValidatorFn } => ({
  validateFn: (value) => {
    if (typeof value !== 'string' || !isUUID(value)) throw badUserInput(`${name} is ${what}`, name);
  },
});
