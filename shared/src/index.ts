/**
 * @netvaerk/shared: the domain (pure lifecycle rules), the storage repositories, the card views and the message
 * catalogue, shared by the server and the tab. Import the module you need by path
 * (`@netvaerk/shared/domain/decide`); this entry re-exports the most used parts.
 */
export { decide } from './domain/decide';
export { parseCommand } from './domain/parse-command';
export type { Command, CommandType } from './domain/commands';
export type { Network, Phase } from './domain/network';
export { type DomainError, errorMessage, isDomainError } from './domain/errors';
export { NetworkService } from './app/network-service';
