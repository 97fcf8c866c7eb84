import { createContext, useContext } from 'react';

/** Leaves the app for another site (Stripe's OAuth page). */
export type ExternalNavigate = (url: string) => void;

const ExternalNavigationContext = createContext<ExternalNavigate>((url) => {
  window.location.assign(url);
});

/** Lets an embedding (or a test) decide what leaving the app means. */
export const ExternalNavigationProvider = ExternalNavigationContext;

/** The way to leave the app for another site. */
export function useExternalNavigate(): ExternalNavigate {
  return useContext(ExternalNavigationContext);
}
