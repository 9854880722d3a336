// Parts of user stories, written by us, reused by several of our labelled sets.

/** Wants that state the need (problem-oriented), one feature each. */
export const PROBLEM_WANTS = [
  'see my past orders', 'reorder an item I bought before', 'know when my parcel will arrive',
  'reset my password without calling support', 'invite a colleague to my workspace', 'see who changed a record last',
  'get a reminder before my subscription renews', 'find a recipe by ingredient', 'share a report with my manager',
  'mark a task as blocked', 'see which invoices are overdue', 'keep my cart when I log in on another device',
  'book a meeting room for tomorrow', 'see my remaining vacation days', 'pause my subscription for a month',
  'know which of my tests are flaky', 'hide a post that breaks the rules', 'see the delivery status of each order',
  'change the language of the app', 'see how many seats are left on a trip', 'download my data',
  'get notified when a build breaks', 'compare two plans side by side', 'undo my last change',
  'set a budget for my team', 'see the history of a patient', 'grade assignments offline',
  'know how long the queue is before I join', 'request a refund for a damaged item', 'save a search for later',
  'see which features my plan includes', 'assign a ticket to myself', 'log my working hours for the week',
  'follow an author', 'see my upcoming shifts', 'flag a suspicious transaction',
  'review the changes before they go live', 'know if a product is back in stock', 'see the total cost before I pay',
  'restore a deleted document', 'choose a delivery slot', 'see the menu in my language',
  'transfer a shift to a colleague', 'approve expense claims from my phone', 'know which customers are at risk of leaving',
  'tag content by topic', 'recover my account if I lose my phone', 'see an overview of all open incidents',
  'limit what guests can see', 'track the progress of my application', 'print a boarding pass',
  'split a bill with friends', 'see the load on each warehouse', 'archive old projects',
  'get a summary of yesterday\'s sales', 'see my grades per course', 'contact the seller',
  'know why a payment was declined', 'plan a route with several stops', 'rate a driver after the ride',
];

/** Benefits ("so that ..."), several with "and" inside, which must not make a story non-atomic. */
export const BENEFITS = [
  'I don\'t have to search for it again', 'I can plan my week', 'I can fix problems before customers notice',
  'my team stays in sync', 'I save time', 'I can trust the numbers', 'I don\'t miss a renewal',
  'I can get help faster', 'we lose fewer customers', 'I know what to work on next',
  'I can answer questions quickly and accurately', 'I can budget and plan ahead', 'the team spends less time on manual checks',
  'I feel in control of my spending', 'support gets fewer calls', 'I can decide faster', 'nothing gets lost between shifts',
  'patients get safer care', 'I can work when the network is down', 'I only pay for what I use',
  'I can compare and choose the right plan', 'my reports are accurate and up to date', 'we can hit the quarterly target',
  'I avoid late fees', 'students get feedback sooner', 'I can shop with confidence', 'I don\'t wait in line',
  'drivers and riders trust each other', 'the store looks professional', 'our churn goes down',
];

/** Wants that prescribe the solution: widgets, data stores, technologies, endpoints, algorithms. */
export const SOLUTION_WANTS = [
  'pick the region from a dropdown in the header', 'click a green button that opens a modal with my settings',
  'have my drafts stored in localStorage', 'get results from an Elasticsearch index',
  'see a pie chart built with D3 on the dashboard', 'log in with a JWT stored in a cookie',
  'have the orders table get a new column for the coupon code', 'call a REST endpoint POST /api/orders/reorder',
  'receive a push notification sent through Firebase Cloud Messaging', 'see a carousel of related products under the image',
  'have the list sorted with a quicksort on the client', 'use a date picker widget to choose the slot',
  'have my preferences saved in a Redis hash', 'open a sidebar with tabs for each project',
  'see a toast message in the bottom right corner', 'toggle dark mode with a switch in the navbar',
  'get a GraphQL query that returns my invoices', 'have a cron job email me the report every Monday',
  'have the search use a Levenshtein distance of 2', 'see an infinite scroll list instead of pagination',
  'have a checkbox next to each row to bulk delete', 'export via a Lambda function that writes to S3',
  'fill in a multi-step wizard with a progress bar', 'see a red badge with the count on the bell icon',
  'have the feed cached in a CDN for 60 seconds', 'upload files through a drag-and-drop zone using react-dropzone',
  'have a WebSocket channel push new messages', 'have a hamburger menu on mobile',
  'store the audit trail in a separate MongoDB collection', 'get an accordion with one panel per FAQ',
];
