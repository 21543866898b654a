// The one door from the editor to the publishing core (src/node/publish): the editor's files import
// its API from here, so the adapter's dependency on it is visible in one place.
export * from '../../node/publish';
