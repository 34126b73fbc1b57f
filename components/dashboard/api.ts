/** The dashboard's link to the background (status, delete-all) — the database itself is opened here directly. */
import { browser } from 'wxt/browser';
import { deleteAllStats, statsDb, type StatsResponse, type StatsStatus } from '../../lib/stats';

async function ask(message: { type: string }): Promise<StatsResponse | undefined> {
  try {
    return (await browser.runtime.sendMessage(message)) as StatsResponse | undefined;
  } catch {
    return undefined;
  }
}

/** The background's recording status, or undefined when it cannot be reached. */
export async function fetchStatus(): Promise<StatsStatus | undefined> {
  const response = await ask({ type: 'stats:status' });
  return response && response.ok && 'status' in response ? response.status : undefined;
}

/** "Delete all my data": through the background (so events waiting in memory go too), else directly. */
export async function deleteAllMyData(): Promise<void> {
  const response = await ask({ type: 'stats:delete-all' });
  if (response?.ok) return;
  await deleteAllStats(statsDb());
}
