// The channel-neutral message types. They move to SalesBot.Core.Messaging with the pipeline work: change this line then.
global using SalesBot.Core.Conversations;
