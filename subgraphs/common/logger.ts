import pino from 'pino';

/** One structured logger for the hub; LOG_LEVEL sets its level (tests run it at "silent"). */
export const logger = pino({ level: process.env.LOG_LEVEL ?? 'info', base: { service: 'safe-home-hub' } });
