export * from './actor';
export * from './organisation-types';
export * from './purposes';
export * from './roles';
