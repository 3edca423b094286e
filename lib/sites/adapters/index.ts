import type { Adapter } from '../types';
import { baitoru } from './baitoru';
import { doda } from './doda';
import { enHaken } from './en-haken';
import { enTenshoku } from './en-tenshoku';
import { froma } from './froma';
import { green } from './green';
import { hatalike } from './hatalike';
import { hatarako } from './hatarako';
import { hellowork } from './hellowork';
import { indeed } from './indeed';
import { kyujinbox } from './kyujinbox';
import { mynaviBaito } from './mynavi-baito';
import { rikunabiNext } from './rikunabi-next';
import { toranet } from './toranet';
import { townwork } from './townwork';

/** Every supported site, in the order the settings and docs list them. */
export const ADAPTERS: readonly Adapter[] = [
  indeed,
  townwork,
  rikunabiNext,
  toranet,
  froma,
  hatalike,
  baitoru,
  mynaviBaito,
  hatarako,
  doda,
  enTenshoku,
  enHaken,
  hellowork,
  kyujinbox,
  green,
];
