import type { CrmClient } from './crm-client.js';
import type { CrmProposal } from './crm-proposal.js';

/** Where the CRM keeps its own records: `localStorage`, or memory when Dossier's data does not outlive the page either. */
export type CrmBacking = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Everything the host CRM records on its side. */
interface CrmData {
  clients: CrmClient[];
  proposals: Record<string, CrmProposal>;
  /** Next proposal and contract sequence numbers. */
  nextProposal: number;
  nextContract: number;
}

/** The host CRM's own records: clients, the commercial side of proposals, and its numbering. */
export interface CrmStore {
  clients(): readonly CrmClient[];
  client(id: string): CrmClient | undefined;
  addClient(input: Omit<CrmClient, 'id'>): CrmClient;
  proposal(id: string): CrmProposal | undefined;
  putProposal(proposal: CrmProposal): void;
  /** Allocates the next proposal number, e.g. `PR-2026-0107`. */
  newProposalId(): string;
  /** Allocates the next contract number, e.g. `CT-2026-0042`. */
  newContractId(): string;
  /** Replaces every record (the demo seed). */
  replace(clients: readonly CrmClient[], proposals: readonly CrmProposal[], next: { proposal: number; contract: number }): void;
  /** Forgets everything (the demo reset). */
  clear(): void;
}

/** Opens the CRM's records under `key`. Unreadable records (edited by hand, older demo) start over empty. */
export function createCrmStore(backing: CrmBacking, key: string, year = new Date().getFullYear()): CrmStore {
  const empty = (): CrmData => ({ clients: [], proposals: {}, nextProposal: 1, nextContract: 1 });
  const load = (): CrmData => {
    try {
      const parsed = JSON.parse(backing.getItem(key) ?? 'null') as CrmData | null;
      if (parsed && Array.isArray(parsed.clients) && parsed.proposals && typeof parsed.proposals === 'object') return parsed;
    } catch {
      // Falls through to an empty CRM.
    }
    return empty();
  };
  let data = load();
  const save = (): void => backing.setItem(key, JSON.stringify(data));
  const number = (prefix: string, sequence: number): string => `${prefix}-${year}-${String(sequence).padStart(4, '0')}`;

  return {
    clients: () => [...data.clients].sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    client: (id) => data.clients.find((c) => c.id === id),
    addClient(input) {
      const client: CrmClient = { ...input, id: `CLI-${String(data.clients.length + 1).padStart(4, '0')}-${Date.now().toString(36)}` };
      data.clients.push(client);
      save();
      return client;
    },
    proposal: (id) => data.proposals[id],
    putProposal(proposal) {
      data.proposals[proposal.id] = proposal;
      save();
    },
    newProposalId() {
      const id = number('PR', data.nextProposal);
      data.nextProposal += 1;
      save();
      return id;
    },
    newContractId() {
      const id = number('CT', data.nextContract);
      data.nextContract += 1;
      save();
      return id;
    },
    replace(clients, proposals, next) {
      data = {
        clients: [...clients],
        proposals: Object.fromEntries(proposals.map((p) => [p.id, p])),
        nextProposal: next.proposal,
        nextContract: next.contract,
      };
      save();
    },
    clear() {
      data = empty();
      backing.removeItem(key);
    },
  };
}
