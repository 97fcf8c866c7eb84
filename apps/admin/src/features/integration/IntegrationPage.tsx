import { useQuery } from 'urql';
import { PayoutsSection } from './books/PayoutsSection.js';
import { SettlementSection } from './books/SettlementSection.js';
import { useLivePayouts } from './books/use-live-payouts.js';
import { ConnectionQuery } from './connection/connection.documents.js';
import { OAuthReturnNotice } from './connection/OAuthReturnNotice.js';
import { UserConnectionSection } from './connection/UserConnectionSection.js';
import { LearningSection } from './learning/LearningSection.js';
import { RulesSection } from './rules/RulesSection.js';
import { OWN_DATA } from './source.js';
import { StatsSection } from './stats/StatsSection.js';
import { SyncHistorySection } from './sync/SyncHistorySection.js';
import { SyncPanel } from './sync/SyncPanel.js';
import { TransactionsSection } from './transactions/TransactionsSection.js';
import { useLiveTransactions } from './transactions/use-live-transactions.js';

/** The user's `/integrations/stripe` page. */
export function IntegrationPage() {
  const [{ data }] = useQuery({ query: ConnectionQuery });
  const connected = data?.stripeConnection.status === 'CONNECTED';
  useLiveTransactions();
  useLivePayouts();
  return (
    <>
      <h1>Stripe</h1>
      <p className="lede">
        CORA imports your Stripe charges into your books and keeps them in step.
      </p>
      <OAuthReturnNotice />
      <div className="grid-2">
        <UserConnectionSection />
        <SyncPanel source={OWN_DATA} canSync={connected} />
      </div>
      <StatsSection source={OWN_DATA} />
      <SettlementSection source={OWN_DATA} />
      <PayoutsSection source={OWN_DATA} />
      <TransactionsSection source={OWN_DATA} />
      <SyncHistorySection source={OWN_DATA} />
      <RulesSection source={OWN_DATA} />
      <LearningSection source={OWN_DATA} />
    </>
  );
}
